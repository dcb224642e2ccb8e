/**
 * Fields the project team keeps for itself, never published: a school's `needsNote` (what its
 * scan and covering note said) and its `contact` (for order letters and reports). Whatever the site sends to browsers passes through here.
 */
import type { Catalogue, School } from './catalogue.ts';

export function publicSchool(school: School): School {
  const { needsNote: _note, contact: _contact, ...published } = school;
  return published;
}

export const withoutTeamFields = (catalogue: Catalogue): Catalogue => ({ ...catalogue, schools: catalogue.schools.map(publicSchool) });
