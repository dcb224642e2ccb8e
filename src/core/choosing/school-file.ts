/**
 * "Download keuzes": the school's file in exactly the content contract's format, ready to drop
 * into content/schools/ and build.
 */
import { stringify } from 'yaml';
import type { School } from '../catalogue/catalogue-model.ts';
import type { z } from 'astro/zod';
import { centsToEuros } from '../money/money.ts';
import type { schoolSchema } from '../schema/school.ts';

/** A school as its file is written: money in euros, as people write it. */
type WrittenSchool = z.input<typeof schoolSchema>;

export interface SchoolFile {
  /** File name: `<id>.yaml`. */
  fileName: string;
  text: string;
}

/** Fields in the order the README documents them; empty optional fields are left out. */
export function schoolFile(school: School): SchoolFile {
  const data: Partial<WrittenSchool> = { name: school.name, type: school.type, pupils: school.pupils };
  if (school.brin) data.brin = school.brin;
  if (school.board) data.board = school.board;
  if (school.budget !== undefined) data.budget = centsToEuros(school.budget);
  // The needs from the school's scan come back with its file; the team's needsNote is never published, so never in it.
  if (school.needs?.length) data.needs = [...school.needs];
  data.choices = school.choices.map(({ intervention, quantity, note, extra }) => ({
    intervention,
    ...(quantity !== undefined ? { quantity } : {}),
    ...(note ? { note } : {}),
    ...(extra ? { extra } : {}),
  }));
  // The team's own data stays with the file it came from, so a downloaded file replaces it without loss.
  if (school.extra) data.extra = school.extra;
  return { fileName: `${school.id}.yaml`, text: stringify(data, { lineWidth: 0 }) };
}
