/** The paginator's state: the pages so far and where on the current page the next item goes. */
import type { Anchor, TextStyle } from '../flow.ts';
import { ptToMm } from '../units.ts';
import type { PageFrame } from './page-frame.ts';
import { baselineOffsetMm, type Layout, type Placed, type PlacedTag } from './placed.ts';

export class PageCursor {
  readonly frame: PageFrame;
  readonly layout: Layout = { pages: [{ items: [] }], anchors: new Map(), outline: [], spans: [] };
  yMm: number;
  /** The flow item being placed: its texts and images are tagged with it. */
  flowIndex = -1;

  constructor(frame: PageFrame) {
    this.frame = frame;
    this.yMm = frame.topMm;
  }

  get pageIndex(): number {
    return this.layout.pages.length - 1;
  }

  get atPageTop(): boolean {
    return this.yMm <= this.frame.topMm + 0.001;
  }

  get spaceLeftMm(): number {
    return this.frame.bottomMm - this.yMm;
  }

  newPage(): void {
    this.layout.pages.push({ items: [] });
    this.yMm = this.frame.topMm;
  }

  /** Starts a new page unless `heightMm` still fits (or the page is empty, where nothing more can be done). */
  ensure(heightMm: number): void {
    if (heightMm > this.spaceLeftMm + 0.001 && !this.atPageTop) this.newPage();
  }

  /** Space between items disappears at the top of a page, as in print. */
  space(heightMm: number): void {
    if (!this.atPageTop) this.yMm = Math.min(this.yMm + heightMm, this.frame.bottomMm);
  }

  /** Texts and images belong to the current flow item unless `tag` says otherwise (`null`: an artifact). */
  place(item: Placed, tag?: Omit<PlacedTag, 'flow'> | null): void {
    const tagged = item.kind === 'rect' || tag === null ? item : { ...item, tag: { flow: this.flowIndex, ...tag } };
    this.layout.pages[this.pageIndex]?.items.push(tagged);
  }

  /** Lines of one style starting at the cursor, in one text object; moves the cursor below them. */
  placeLines(lines: string[], style: TextStyle, xMm: number, tag?: Omit<PlacedTag, 'flow'> | null): void {
    const baselineMm = this.yMm + baselineOffsetMm(style.lineHeightMm, ptToMm(style.sizePt));
    this.place({ kind: 'text', xMm, baselineMm, lines, font: style.font, sizePt: style.sizePt, lineHeightMm: style.lineHeightMm, color: style.color }, tag);
    this.yMm += lines.length * style.lineHeightMm;
  }

  /** Where the next placed item will go: its page and index there. */
  get position(): { page: number; item: number } {
    return { page: this.pageIndex, item: this.layout.pages[this.pageIndex]?.items.length ?? 0 };
  }

  mark(anchor: Anchor | undefined): void {
    if (!anchor) return;
    const position = { page: this.pageIndex, yMm: this.yMm };
    this.layout.anchors.set(anchor.id, position);
    if (anchor.outline) this.layout.outline.push({ ...anchor.outline, ...position });
  }
}
