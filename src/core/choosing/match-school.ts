/**
 * Which school a downloaded choices file belongs to: by its file name (without the " (1)" a
 * browser adds to a second download of the same name), else by the school's name inside. A name
 * that fits several schools, or none, is reported, never guessed.
 */
import type { School } from '../catalogue/catalogue-model.ts';
import { idFromName } from '../schema/ids.ts';

export type SchoolMatch =
  | { kind: 'school'; school: School }
  | { kind: 'new'; id: string }
  | { kind: 'ambiguous'; candidates: School[] }
  | { kind: 'unknown'; id: string };

/** `de-linde (1).yaml` -> `de-linde`. */
const idFromFileName = (fileName: string): string =>
  fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.ya?ml$/i, '')
    .replace(/\s*\(\d+\)$/, '')
    .trim();

const sameName = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0;

export function matchSchool(fileName: string, writtenName: unknown, schools: School[], allowNew: boolean): SchoolMatch {
  const id = idFromFileName(fileName);
  const byId = schools.find((school) => school.id === id);
  if (byId) return { kind: 'school', school: byId };
  const byName = typeof writtenName === 'string' ? schools.filter((school) => sameName(school.name, writtenName.trim())) : [];
  if (byName.length === 1) return { kind: 'school', school: byName[0]! };
  if (byName.length > 1) return { kind: 'ambiguous', candidates: byName };
  const newId = typeof writtenName === 'string' && !/^[a-z0-9-]+$/.test(id) ? idFromName(writtenName) : id;
  return allowNew ? { kind: 'new', id: newId } : { kind: 'unknown', id: newId };
}
