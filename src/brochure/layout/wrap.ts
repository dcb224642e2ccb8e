/**
 * Breaks text into lines that fit a width: greedy by words, hyphenating a word at a line end when
 * that would otherwise leave a wide gap, a word too long for a line by characters. Only plain
 * spaces break: a non-breaking space (typography.ts) keeps its neighbours together.
 */
import { memoize } from '../../core/cache/memoize.ts';
import type { FontName } from '../flow.ts';
import type { Hyphenate } from './hyphenate.ts';
import { SOFT_HYPHEN } from './soft-hyphen.ts';
import type { TextMeasure } from './measure.ts';

export interface WrapRequest {
  text: string;
  font: FontName;
  sizePt: number;
  maxWidthMm: number;
}

function splitLongWord(word: string, request: WrapRequest, measure: TextMeasure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure.widthMm(piece + char, request.font, request.sizePt) > request.maxWidthMm) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** A gap at a line end narrower than this share of the line is left as it is, not hyphenated. */
const TOLERATED_GAP = 0.08;

/** The longest start of `word` that fits in `roomMm` with a hyphen, and the rest; undefined when none fits. */
function hyphenatedStart(word: string, roomMm: number, request: WrapRequest, measure: TextMeasure, hyphenate: Hyphenate): [string, string] | undefined {
  const pieces = hyphenate(word);
  for (let count = pieces.length - 1; count > 0; count--) {
    const head = pieces.slice(0, count).join('');
    const shown = head.endsWith('-') ? head : `${head}${SOFT_HYPHEN}`;
    if (measure.widthMm(shown, request.font, request.sizePt) <= roomMm) return [shown, pieces.slice(count).join('')];
  }
  return undefined;
}

export function wrapText(request: WrapRequest, measure: TextMeasure, hyphenate?: Hyphenate): string[] {
  const { font, sizePt, maxWidthMm } = request;
  const spaceWidth = measure.widthMm(' ', font, sizePt);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (let word of request.text.split(' ')) {
    if (!word) continue;
    let wordWidth = measure.widthMm(word, font, sizePt);
    if (line && lineWidth + spaceWidth + wordWidth <= maxWidthMm) {
      line += ` ${word}`;
      lineWidth += spaceWidth + wordWidth;
      continue;
    }
    const roomMm = line ? maxWidthMm - lineWidth - spaceWidth : maxWidthMm;
    const hyphenates = hyphenate && wordWidth > roomMm && roomMm > maxWidthMm * TOLERATED_GAP;
    const split = hyphenates ? hyphenatedStart(word, roomMm, request, measure, hyphenate) : undefined;
    if (split) {
      lines.push(line ? `${line} ${split[0]}` : split[0]);
      line = '';
      lineWidth = 0;
      word = split[1];
      wordWidth = measure.widthMm(word, font, sizePt);
      // The rest may itself be longer than a line: it goes on as a word of its own.
      if (wordWidth > maxWidthMm) {
        const again = hyphenatedStart(word, maxWidthMm, request, measure, hyphenate!);
        if (again) {
          lines.push(again[0]);
          word = again[1];
          wordWidth = measure.widthMm(word, font, sizePt);
        }
      }
    } else if (line) lines.push(line);
    if (wordWidth <= maxWidthMm) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    const pieces = splitLongWord(word, request, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
    lineWidth = measure.widthMm(line, font, sizePt);
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Wrapping with memory: the same paragraph at the same width wraps the same way in every brochure. */
export function createCachedWrap(measure: TextMeasure, hyphenate?: Hyphenate): (request: WrapRequest) => string[] {
  // One map per font, size and width, keyed by the text itself: no key strings to build per lookup.
  type WrapIn = (text: string) => string[];
  const wraps = new Map<FontName, Map<number, Map<number, WrapIn>>>();
  const wrapIn = ({ font, sizePt, maxWidthMm }: WrapRequest): WrapIn => {
    let bySize = wraps.get(font);
    if (!bySize) wraps.set(font, (bySize = new Map()));
    let byWidth = bySize.get(sizePt);
    if (!byWidth) bySize.set(sizePt, (byWidth = new Map()));
    let wrap = byWidth.get(maxWidthMm);
    if (!wrap) byWidth.set(maxWidthMm, (wrap = memoize((text: string) => wrapText({ text, font, sizePt, maxWidthMm }, measure, hyphenate), 50_000)));
    return wrap;
  };
  return (request) => wrapIn(request)(request.text);
}
