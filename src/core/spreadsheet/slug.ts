/**
 * Ids for new entries, made from their titles the way people would: Dutch diacritics folded
 * ("Oekraïense" -> "oekraiense"), and a number added when another entry has the id already.
 */
import slugify from '@sindresorhus/slugify';

function idFromTitle(title: string): string {
  return slugify(title, { decamelize: false }) || 'naamloos';
}

/** Hands out ids from titles, never one that is taken (`zomerschool`, `zomerschool-2`, ...). */
export function idMaker(taken: Iterable<string>): (title: string) => string {
  const used = new Set(taken);
  return (title) => {
    const base = idFromTitle(title);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
