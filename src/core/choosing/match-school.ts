/**
 * Which school a downloaded choices file belongs to: by its file name (without the " (1)" a
 * browser adds to a second download of the same name), else by the school's name inside. A name
 * that fits several schools, or none, is reported, never guessed; so is a file named for one
 * school whose name inside is another's.
 */
import type { School } from '../catalogue/catalogue-model.ts';
import { ID_PATTERN, idFromName } from '../schema/ids.ts';

export type SchoolMatch =
  | { kind: 'school'; school: School }
  | { kind: 'other-name'; school: School; written: string; writtenSchool?: School }
  | { kind: 'new'; id: string }
  | { kind: 'ambiguous'; candidates: School[] }
  | { kind: 'unknown'; id: string };

/** `de-linde (1).yaml` -> `de-linde`. */
export const idFromFileName = (fileName: string): string =>
  fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.ya?ml$/i, '')
    .replace(/\s*\(\d+\)$/, '')
    .trim();

const sameName = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0;

/** The file name's id when it is one, else an id made from the name inside (a browser may have saved it as "keuzes de eik.yaml"). */
const newSchoolId = (id: string, writtenName: unknown) => (!ID_PATTERN.test(id) && typeof writtenName === 'string' ? idFromName(writtenName) : id);

export function matchSchool(fileName: string, writtenName: unknown, schools: School[], allowNew: boolean): SchoolMatch {
  const id = idFromFileName(fileName);
  const named = (name: string) => schools.filter((school) => sameName(school.name, name.trim()));
  const byId = schools.find((school) => school.id === id);
  if (byId) {
    if (writtenName === undefined || (typeof writtenName === 'string' && sameName(byId.name, writtenName.trim()))) return { kind: 'school', school: byId };
    const written = String(writtenName);
    const [writtenSchool] = named(written);
    return { kind: 'other-name', school: byId, written, ...(writtenSchool && { writtenSchool }) };
  }
  const byName = typeof writtenName === 'string' ? named(writtenName) : [];
  if (byName.length === 1) return { kind: 'school', school: byName[0]! };
  if (byName.length > 1) return { kind: 'ambiguous', candidates: byName };
  const newId = newSchoolId(id, writtenName);
  return allowNew ? { kind: 'new', id: newId } : { kind: 'unknown', id: newId };
}
