/**
 * The structure tree read by a second, independent reader: pdf.js, the PDF viewer in Firefox,
 * which hands a tagged PDF's tree to screen readers. It must find on every page the marked
 * content the page draws, in the order it is drawn, and read the same headings, logo, tables and
 * links as poppler does (tagged-structure.test.ts).
 */
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteStrings } from '../../src/core/strings/ui-strings.ts';
import { projectRoot } from '../support/run-build.ts';
import { fixtureContent, meta, sharedRenderer } from './render-in-process.ts';
import { allNodes, structTree, textOf } from './tagged-tree.ts';

const content = fixtureContent(path.join(projectRoot, 'content'));

/** A node of pdf.js's `getStructTree`: an element, or a marked content, annotation or object it holds. */
type PdfjsNode = { role: string; alt?: string; children?: PdfjsNode[] } | { type: 'content' | 'annotation' | 'object'; id: string };

interface PdfjsElement {
  role: string;
  alt?: string;
  /** Text of the marked content directly under it, in order. */
  texts: string[];
  annotations: number;
  kids: PdfjsElement[];
}

interface PdfjsPage {
  /** The page's part of the tree, as pdf.js builds it from the parent tree. */
  tree: PdfjsElement;
  /** Ids of the marked content the page draws, in drawing order (artifacts have none). */
  drawn: string[];
  /** Text drawn outside any marked content: none in a tagged brochure. */
  unmarked: string;
}

async function readWithPdfjs(pdf: Uint8Array): Promise<PdfjsPage[]> {
  const loading = getDocument({ data: pdf.slice(), useSystemFonts: false });
  const doc = await loading.promise;
  try {
    const pages: PdfjsPage[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const textContent = await page.getTextContent({ includeMarkedContent: true });
      const texts = new Map<string, string>();
      const drawn: string[] = [];
      const open: string[] = [];
      let unmarked = '';
      for (const item of textContent.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
            // Marked content without an id is outside the tree: in a brochure only `/Artifact`.
            open.push(item.id ?? 'artifact');
            if (item.id && !drawn.includes(item.id)) drawn.push(item.id);
          } else if (item.type === 'endMarkedContent') open.pop();
        } else {
          const inside = open.at(-1);
          if (inside === undefined) unmarked += item.str;
          else if (inside !== 'artifact') texts.set(inside, (texts.get(inside) ?? '') + item.str);
        }
      }
      const toElement = (node: PdfjsNode): PdfjsElement => {
        if (!('role' in node)) throw new Error('a marked content is not an element');
        const element: PdfjsElement = { role: node.role, ...(node.alt ? { alt: node.alt } : {}), texts: [], annotations: 0, kids: [] };
        for (const child of node.children ?? []) {
          if ('role' in child) element.kids.push(toElement(child));
          else if (child.type === 'content') element.texts.push(texts.get(child.id) ?? '');
          else if (child.type === 'annotation') element.annotations += 1;
        }
        return element;
      };
      const tree = (await page.getStructTree()) as PdfjsNode | null;
      if (!tree) throw new Error(`pdf.js finds no structure tree on page ${number}`);
      pages.push({ tree: toElement(tree), drawn, unmarked });
    }
    return pages;
  } finally {
    await loading.destroy();
  }
}

const elements = (element: PdfjsElement): PdfjsElement[] => [element, ...element.kids.flatMap(elements)];
/** Marked content ids in the order a reader walks the tree. */
const contentIds = (node: PdfjsNode): string[] => ('role' in node ? (node.children ?? []).flatMap(contentIds) : node.type === 'content' ? [node.id] : []);
const spoken = (text: string): string => text.replace(/\s+/g, ' ').trim();
const textOfElement = (element: PdfjsElement): string => spoken([...element.texts, ...element.kids.map(textOfElement)].join(' '));

describe.each([
  { name: 'a school brochure', render: async () => (await sharedRenderer()).renderSchool(content, 'so-de-horizon', meta) },
  { name: 'the catalogue brochure', render: async () => (await sharedRenderer()).renderCatalogue(content, meta) },
])('$name of the demo, read by pdf.js', ({ render }) => {
  let pdf: Uint8Array;
  let pages: PdfjsPage[];
  beforeAll(async () => {
    pdf = (await render()).bytes;
    pages = await readWithPdfjs(pdf);
  }, 120_000);

  test('finds on every page exactly the marked content the page draws, read in the order it is drawn, and no text outside it', async () => {
    expect(pages.length).toBeGreaterThan(10);
    const loading = getDocument({ data: pdf.slice() });
    const doc = await loading.promise;
    try {
      for (const [index, page] of pages.entries()) {
        const tree = (await (await doc.getPage(index + 1)).getStructTree()) as PdfjsNode;
        expect(contentIds(tree), `page ${index + 1}`).toEqual(page.drawn);
        expect(page.unmarked.trim(), `page ${index + 1}`).toBe('');
      }
    } finally {
      await loading.destroy();
    }
  });

  test('reads the same headings as poppler, in the same order', () => {
    const headings = (role: string) => /^H\d$/.test(role);
    const byPdfjs = pages.flatMap((page) => elements(page.tree).filter((element) => headings(element.role) && element.texts.length > 0).map((element) => `${element.role} ${textOfElement(element)}`));
    const byPoppler = allNodes(structTree(pdf)).filter((node) => headings(node.role)).map((node) => `${node.role} ${textOf(node)}`);
    expect(byPdfjs.length).toBeGreaterThan(10);
    expect(byPdfjs).toEqual(byPoppler);
  });
});

describe('a school brochure of the demo, its parts read by pdf.js', () => {
  let pages: PdfjsPage[];
  beforeAll(async () => {
    pages = await readWithPdfjs((await (await sharedRenderer()).renderSchool(content, 'so-de-horizon', meta)).bytes);
  }, 120_000);

  test('reads the logo on the cover as a Figure with its alt text', () => {
    const figures = pages.flatMap((page) => elements(page.tree).filter((element) => element.role === 'Figure'));
    expect(figures.map((figure) => figure.alt)).toEqual(['Logo van Gemeente Vechtwaarde']);
    expect(elements(pages[0]!.tree).some((element) => element.role === 'Figure')).toBe(true);
  });

  test('reads the budget as a Table whose first row is header cells', () => {
    const t = siteStrings(content.catalogue.site);
    const tables = pages.flatMap((page) => elements(page.tree).filter((element) => element.role === 'Table'));
    const budget = tables.find((table) => textOfElement(table.kids[0]!) === [t.intervention, t.quantity, t.unitPrice, t.charge].join(' '));
    expect(budget?.kids[0]?.kids.map((cell) => cell.role)).toEqual(['TH', 'TH', 'TH', 'TH']);
    expect(budget!.kids.slice(1).every((row) => row.role === 'TR' && row.kids.every((cell) => cell.role === 'TD'))).toBe(true);
  });

  test('reads every web and e-mail address as a Link holding its annotation', () => {
    const links = pages.flatMap((page) => elements(page.tree).filter((element) => element.role === 'Link'));
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      expect(link.annotations).toBeGreaterThan(0);
      expect(textOfElement(link)).toMatch(/@|https?:\/\//);
    }
  });
});
