/** Breaks text into lines that fit a width: greedy by words, a word too long for a line by characters. */
import type { FontName } from '../flow.ts';
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

export function wrapText(request: WrapRequest, measure: TextMeasure): string[] {
  const { font, sizePt, maxWidthMm } = request;
  const spaceWidth = measure.widthMm(' ', font, sizePt);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of request.text.split(' ')) {
    if (!word) continue;
    const wordWidth = measure.widthMm(word, font, sizePt);
    if (line && lineWidth + spaceWidth + wordWidth <= maxWidthMm) {
      line += ` ${word}`;
      lineWidth += spaceWidth + wordWidth;
      continue;
    }
    if (line) lines.push(line);
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
export function createCachedWrap(measure: TextMeasure): (request: WrapRequest) => string[] {
  // One map per style and width, keyed by the text itself: no long key strings to build per lookup.
  const caches = new Map<string, Map<string, string[]>>();
  return (request) => {
    const style = `${request.font}|${request.sizePt}|${request.maxWidthMm.toFixed(3)}`;
    let cache = caches.get(style);
    if (!cache) caches.set(style, (cache = new Map()));
    let lines = cache.get(request.text);
    if (!lines) {
      lines = wrapText(request, measure);
      if (cache.size > 50_000) cache.clear();
      cache.set(request.text, lines);
    }
    return lines;
  };
}
