/**
 * Splits Dutch compound words into their parts ("natuurwandeling" -> natuur + wandeling), so a
 * search for a part finds the compound. Static search engines match a word only from its start;
 * the build knows the whole vocabulary, so it can add the parts to the index.
 *
 * The word list is passed in (a dictionary's words plus the catalogue's own), so this stays pure.
 */

/** Shorter parts are mostly prefixes and endings ("be", "ver", "der"), which would only add noise. */
const MIN_PART_LENGTH = 4;

/**
 * Listed words that are never a part: endings and prefixes that are also words on their own
 * ("ling" in "leerling", "heid", "baar"), and words whose split would be meaningless.
 */
const NOT_A_PART = new Set([
  'ling', 'heid', 'baar', 'isch', 'tjes', 'achtig', 'loos', 'lijk', 'ning', 'erij', 'teit', 'ster',
  'tien', 'ties', 'king', 'zaam', 'ende', 'ering', 'atie', 'heden', 'igheid', 'eren', 'sten', 'matig',
  'lingen', 'ische', 'baarheid',
]);

/** Small words that begin many compounds but have no plural or verb form worth searching for. */
const PARTICLES = new Set(['voor', 'onder', 'achter', 'over', 'door', 'mede', 'samen', 'tussen', 'boven', 'binnen', 'buiten', 'voort', 'terug', 'tegen', 'regel']);

/** Words that look like compounds of listed words but are not ("verder" is not ver + der). */
const NEVER_SPLIT = new Set(['bestaan', 'verder', 'verdere', 'nederland', 'nederlands', 'nederlandse', 'belangrijk', 'belangrijke', 'voorbeeld', 'onderwijs', 'onderzoek', 'aandacht', 'verschil']);

/** Sounds Dutch puts between parts: stad-s-park, boek-en-kast, lees-bevordering has none. */
const LINKS = ['', 's', 'en', 'e'];

/**
 * The few words whose first part takes -er- (kind-er-opvang): listed, because taking -er- as a
 * linking sound everywhere splits "peuter" into "peut" + er.
 */
const ER_FORMS: Record<string, string> = { kinder: 'kind', blader: 'blad', runder: 'rund', kalver: 'kalf', lammer: 'lam' };

/** Endings the last part may carry: plural, diminutive, adjective forms. */
const INFLECTIONS = ['', 's', 'en', 'n', 'e', 'es', 'je', 'jes', 'tje', 'tjes'];

export type WordList = ReadonlySet<string>;

/** Is `part`, perhaps inflected, a listed word? "lessen" -> "les", "wandelingen" -> "wandeling". */
function isHead(part: string, words: WordList): boolean {
  for (const ending of INFLECTIONS) {
    if (!part.endsWith(ending)) continue;
    const base = part.slice(0, part.length - ending.length);
    if (base.length < MIN_PART_LENGTH || NOT_A_PART.has(base)) continue;
    if (words.has(base)) return true;
    // A doubled consonant before the ending belongs to the ending: "lessen" -> "les".
    if (ending && base.length > MIN_PART_LENGTH && base.at(-1) === base.at(-2) && words.has(base.slice(0, -1))) return true;
  }
  return false;
}

const isModifier = (part: string, words: WordList) =>
  part.length >= MIN_PART_LENGTH && !NOT_A_PART.has(part) && words.has(part);

/**
 * The parts of `word`, or an empty list when it is not a compound of listed words. Of the ways
 * to split it, the one with the fewest parts wins, then the one with the longest first part
 * ("peuterspeelzaal" -> peuter + speelzaal, not peut + er + ...). The parts before the last are
 * split again ("voorleesproject" -> voorlees, voor, lees, project); the last is not, since it
 * names what the whole is ("taalachterstand" is a kind of achterstand, not of stand).
 */
export function splitCompound(word: string, words: WordList): string[] {
  const lower = word.toLowerCase();
  if (lower.length < 2 * MIN_PART_LENGTH || NEVER_SPLIT.has(lower)) return [];
  const memo = new Map<string, string[] | undefined>();
  let best: string[] | undefined;
  for (const [part, rest] of firstParts(lower, words)) {
    const tail = bestSplit(rest, words, memo);
    if (tail && better(best, [part, ...tail])) best = [part, ...tail];
  }
  if (!best) return [];
  const head = best.at(-1) ?? '';
  const modifiers = best.slice(0, -1).flatMap((part) => [part, ...(ER_FORMS[part] ? [ER_FORMS[part]] : []), ...splitCompound(part, words)]);
  return [...new Set([...modifiers, head])];
}

/** Fewest parts first; between equals the one whose first part is longest. */
function better(a: string[] | undefined, b: string[]): boolean {
  if (!a) return true;
  if (b.length !== a.length) return b.length < a.length;
  return (b[0]?.length ?? 0) > (a[0]?.length ?? 0);
}

/** Every listed first part of `text` with what follows it once a linking sound is taken off. */
function* firstParts(text: string, words: WordList): Generator<[string, string]> {
  for (let end = MIN_PART_LENGTH; end <= text.length - MIN_PART_LENGTH; end++) {
    const part = text.slice(0, end);
    if (!isModifier(part, words)) continue;
    for (const link of LINKS) if (text.startsWith(link, end)) yield [part, text.slice(end + link.length)];
  }
}

/** The best split of what follows a first part; the whole of it may be the last part. */
function bestSplit(rest: string, words: WordList, memo: Map<string, string[] | undefined>): string[] | undefined {
  if (memo.has(rest)) return memo.get(rest);
  let best: string[] | undefined = isHead(rest, words) ? [rest] : undefined;
  for (const [part, tail] of firstParts(rest, words)) {
    const split = bestSplit(tail, words, memo);
    if (split && better(best, [part, ...split])) best = [part, ...split];
  }
  memo.set(rest, best);
  return best;
}

/**
 * Forms a search is likely to use for a part: the infinitive or plural the dictionary lists
 * ("lees" -> "lezen", "speel" -> "spelen", "zwem" -> "zwemmen", "taal" -> "talen").
 */
export function fullFormsOf(part: string, words: WordList): string[] {
  if (PARTICLES.has(part)) return [];
  const last = part.at(-1) ?? '';
  const voiced = ({ s: 'z', f: 'v' } as Record<string, string>)[last] ?? last;
  const undoubled = /([aeou])\1[^aeiou]$/.test(part) ? part.slice(0, -3) + part.at(-2) : part.slice(0, -1);
  const candidates = [`${part}en`, `${part}${last}en`, `${undoubled}${voiced}en`, `${part.slice(0, -1)}${voiced}en`];
  return [...new Set(candidates)].filter((form) => form !== part && words.has(form));
}
