/**
 * Every text goes through here before it is measured or drawn. A character the font lacks would
 * be drawn as the invisible glyph 0 (while text extraction still finds it): it is replaced by a
 * visible "?" instead, and the character is noted with the file and field it comes from, so the
 * build can warn once per field in the site's language.
 */
export const REPLACEMENT = '?';

/** A character the font lacks, the content file (relative to the content folder) it is in, and the field when known (a title, a note). */
export interface MissingCharacter {
  file: string;
  field?: string;
  character: string;
}

export interface TextGuard {
  clean(text: string, where: string, field?: string): string;
  readonly warnings: MissingCharacter[];
}

/** Spaces of every kind become one plain space; invisible format characters disappear. */
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * Texts that are whole in the font, cleaned, per font: the same titles and facts are cleaned for
 * every school's brochure, and the same cleaned string lets the layout's caches find it at once.
 */
const cleanTexts = new WeakMap<(codePoint: number) => boolean, Map<string, string>>();

export function createTextGuard(fontHas: (codePoint: number) => boolean): TextGuard {
  const warnings: MissingCharacter[] = [];
  const warned = new Set<string>();
  let known = cleanTexts.get(fontHas);
  if (!known) cleanTexts.set(fontHas, (known = new Map()));
  const fitsFont = (text: string): boolean => {
    for (let index = 0; index < text.length; index++) {
      const codePoint = text.codePointAt(index) ?? 0;
      if (!fontHas(codePoint)) return false;
      if (codePoint > 0xffff) index++;
    }
    return true;
  };
  return {
    warnings,
    clean(text, where, field) {
      const cleaned = known.get(text);
      if (cleaned !== undefined) return cleaned;
      const normal = text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
      // Nearly always every character is in the font: then the text is returned as it is, the
      // same string every brochure, so the layout's caches find it without rehashing a copy.
      if (fitsFont(normal)) {
        if (known.size > 100_000) known.clear();
        known.set(text, normal);
        return normal;
      }
      let clean = '';
      for (const char of normal) {
        const codePoint = char.codePointAt(0) ?? 0;
        if (fontHas(codePoint)) {
          clean += char;
          continue;
        }
        clean += REPLACEMENT;
        const key = `${where}\u0000${field ?? ''}\u0000${char}`;
        if (!warned.has(key)) {
          warned.add(key);
          warnings.push({ file: where, ...(field && { field }), character: char });
        }
      }
      return clean;
    },
  };
}
