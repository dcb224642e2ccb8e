/**
 * A text with links is drawn in pieces: each link's stretch of a line is a text of its own,
 * tagged with the link, and the text around it stays with its item, so the tagged PDF's `Link`
 * element holds exactly the link's characters and its annotation covers them. Lines without a
 * link are drawn together as usual.
 */
import type { InlineLink, TextStyle } from '../flow.ts';
import type { TextMeasure } from './measure.ts';
import { endsInHyphen } from './soft-hyphen.ts';
import type { PageCursor } from './page-cursor.ts';

/**
 * For each character of each wrapped line, the index of the text's character it shows, or -1 for
 * a hyphen the wrapper added. The wrapper only drops the space at a break and adds hyphens.
 */
export function lineSources(text: string, lines: string[]): number[][] {
  let at = 0;
  return lines.map((line) => {
    if (text[at] === ' ' && line[0] !== ' ') at++;
    const sources: number[] = [];
    for (let index = 0; index < line.length; index++) {
      if (line[index] === text[at]) sources.push(at++);
      else sources.push(-1);
    }
    return sources;
  });
}

interface Piece {
  from: number;
  to: number;
  /** The link's index in the item's links; -1 for text around links. */
  link: number;
}

/** A line cut where a link starts or ends; an added hyphen belongs with the character before it. */
function piecesOf(sources: number[], links: InlineLink[]): Piece[] {
  const pieces: Piece[] = [];
  let previous = -1;
  sources.forEach((source, index) => {
    const link = source < 0 ? previous : links.findIndex((candidate) => candidate.start <= source && source < candidate.end);
    const last = pieces.at(-1);
    if (last && last.link === link) last.to = index + 1;
    else pieces.push({ from: index, to: index + 1, link });
    previous = link;
  });
  return pieces;
}

export interface LinkedLines {
  lines: string[];
  sources: number[][];
  links: InlineLink[];
  /** Whether the item goes on after these lines (on the next page): its last line then ends with the break's space. */
  continues: boolean;
}

/** Places lines that hold links at the cursor, moving it below them. */
export function placeLinkedLines(chunk: LinkedLines, style: TextStyle, xMm: number, cursor: PageCursor, measure: TextMeasure): void {
  const { lines, sources, links, continues } = chunk;
  // The space a line break took, kept at the end of a line so the tree's text keeps its words apart.
  const ending = (index: number) => (endsInHyphen(lines[index]!) || (index === lines.length - 1 && !continues) ? '' : ' ');
  let plain: string[] = [];
  const placePlain = (endsWith: string) => {
    if (plain.length === 0) return;
    if (!endsInHyphen(plain[plain.length - 1]!)) plain[plain.length - 1] += endsWith;
    cursor.placeLines(plain, style, xMm);
    plain = [];
  };
  lines.forEach((line, index) => {
    const pieces = piecesOf(sources[index] ?? [], links);
    if (pieces.every((piece) => piece.link < 0)) {
      plain.push(line);
      return;
    }
    placePlain(' ');
    const top = cursor.yMm;
    pieces.forEach((piece, at) => {
      cursor.yMm = top;
      const text = line.slice(piece.from, piece.to) + (at === pieces.length - 1 ? ending(index) : '');
      const offsetMm = measure.widthMm(line.slice(0, piece.from), style.font, style.sizePt);
      cursor.placeLines([text], style, xMm + offsetMm, piece.link < 0 ? undefined : { link: piece.link });
    });
    cursor.yMm = top + style.lineHeightMm;
  });
  placePlain(continues ? ' ' : '');
}
