/**
 * The demo's brochures are tagged PDFs: poppler reads a structure tree whose headings follow the
 * outline, whose paragraphs, tables, lists and logo are the right elements, and which holds every
 * text drawn on the pages (only header and footer are artifacts) in the order it is drawn.
 */
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFNumber, PDFHexString, PDFName, PDFRawStream, PDFString, decodePDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { plainText } from '../../src/brochure/blocks.ts';
import { typeset } from '../../src/core/strings/typography.ts';
import { brochureStrings } from '../../src/core/strings/brochure-strings.ts';
import { siteStrings } from '../../src/core/strings/ui-strings.ts';
import { projectRoot } from '../support/run-build.ts';
import { fixtureContent, meta, sharedRenderer } from './render-in-process.ts';
import { inkInBox, poppler, rawPdfText, wordBoxes } from './pdf-tools.ts';
import { allNodes, structElements, structTree, textOf, textOperators, type StructNode } from './tagged-tree.ts';

const content = fixtureContent(path.join(projectRoot, 'content'));
const SCHOOL = 'cbs-de-wilgenhoek';


/** White space as it lies; the text itself exactly as written. */
const comparable = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The PDF's bookmarks in order, each as the heading it should be: `H1 Inleiding`. */
async function outlineHeadings(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const headings: string[] = [];
  const walk = (entry: PDFDict | undefined, level: number) => {
    for (let at = entry; at; at = at.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = at.lookup(PDFName.of('Title'));
      headings.push(`H${level} ${title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : ''}`);
      walk(at.lookupMaybe(PDFName.of('First'), PDFDict), level + 1);
    }
  };
  walk(doc.catalog.lookup(PDFName.of('Outlines'), PDFDict).lookupMaybe(PDFName.of('First'), PDFDict), 1);
  return headings;
}

type Demo = 'school' | 'catalogue';

/** Each demo brochure drawn once and read back, for every describe that looks at it. */
const readings = new Map<Demo, Promise<{ pdf: Uint8Array; tree: StructNode }>>();
function readBack(demo: Demo): Promise<{ pdf: Uint8Array; tree: StructNode }> {
  let reading = readings.get(demo);
  if (!reading) {
    reading = (async () => {
      const renderer = await sharedRenderer();
      const { bytes } = demo === 'school' ? await renderer.renderSchool(content, SCHOOL, meta) : await renderer.renderCatalogue(content, meta);
      return { pdf: bytes, tree: structTree(bytes) };
    })();
    readings.set(demo, reading);
  }
  return reading;
}

const DEMOS = [
  { name: 'a school brochure', demo: 'school' as const },
  { name: 'the catalogue brochure', demo: 'catalogue' as const },
];

const headingsOf = (tree: StructNode): string[] => allNodes(tree).filter((node) => /^H\d$/.test(node.role)).map((node) => `${node.role} ${textOf(node)}`);

describe.each(DEMOS)('$name of the demo, read back', ({ demo }) => {
  let pdf: Uint8Array;
  let tree: StructNode;
  beforeAll(async () => {
    ({ pdf, tree } = await readBack(demo));
  }, 120_000);

  test('is tagged, titled and in the site language, with PDF/UA identification in its XMP metadata', async () => {
    expect(poppler('pdfinfo', [], pdf)).toMatch(/^Tagged:\s+yes$/m);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toBe('(nl)');
    expect(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    for (const page of doc.getPages()) expect(String(page.node.get(PDFName.of('Tabs')))).toBe('/S');
    const xmp = Buffer.from(decodePDFRawStream(doc.context.lookup(doc.catalog.get(PDFName.of('Metadata'))) as PDFRawStream).decode()).toString('utf8');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${doc.getTitle()}</rdf:li>`);
  });

  test('has the outline as headings, in its order and by its levels, and never skips a heading level', async () => {
    const headings = headingsOf(tree);
    const outline = await outlineHeadings(pdf);
    expect(outline.length).toBeGreaterThan(5);
    let from = 0;
    for (const entry of outline) {
      const found = headings.indexOf(entry, from);
      expect(found, entry).toBeGreaterThanOrEqual(from);
      from = found + 1;
    }
    let deepest = 0;
    for (const heading of headings) {
      const level = Number(heading[1]);
      expect(level, heading).toBeLessThanOrEqual(deepest + 1);
      deepest = level;
    }
  });

  test('has each paragraph of the intro as a P with its text as written: a word hyphenated at a line end reads whole', () => {
    const paragraphs = new Set(allNodes(tree).filter((node) => node.role === 'P').map((node) => comparable(textOf(node))));
    const intro = content.intro.filter((block) => block.kind === 'paragraph').map((block) => comparable(typeset(plainText(block.runs))));
    expect(intro.length).toBeGreaterThan(1);
    for (const paragraph of intro) expect(paragraphs).toContain(paragraph);
    // On the page some of the intro's words are hyphenated at a line end (with a soft hyphen, U+00AD, which a reader does not say).
    const lines = rawPdfText(pdf).split('\n').map((line) => line.trim());
    const hyphenated = lines.flatMap((line, index) => (line.endsWith('\u00ad') ? [`${line.split(' ').at(-1)!.slice(0, -1)}${(lines[index + 1] ?? '').split(' ')[0]}`] : []));
    expect(hyphenated.some((word) => intro.some((paragraph) => paragraph.includes(word)))).toBe(true);
  });

  test('has the logo as a Figure with its alt text and its box on the cover as a Layout BBox, where its ink is', async () => {
    const figures = (await structElements(pdf)).filter((element) => element.role === 'Figure');
    expect(figures.map((figure) => figure.alt)).toEqual(['Logo van Gemeente Vechtwaarde']);
    expect(figures[0]?.content.map((content) => content.page)).toEqual([0]);
    const figure = allNodes(tree).find((node) => node.role === 'Figure');
    const box = /^\/BBox \[([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)\]$/.exec(figure?.attributes.find((line) => line.startsWith('/BBox')) ?? '');
    expect(box).not.toBeNull();
    const [left, bottom, right, top] = box!.slice(1).map(Number) as [number, number, number, number];
    const pageHeight = 841.89;
    expect(0 <= left && left < right && right <= 595.28 && 0 <= bottom && bottom < top && top <= pageHeight).toBe(true);
    const inside = { x: left, y: pageHeight - top, width: right - left, height: top - bottom };
    expect(inkInBox(pdf, 1, inside)).toBeGreaterThan(0.1);
    expect(inkInBox(pdf, 1, { ...inside, y: inside.y + inside.height + 10 })).toBeLessThan(0.02);
  });

});

describe.each(DEMOS)('$name of the demo, its marked content', ({ demo }) => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    ({ pdf } = await readBack(demo));
  }, 120_000);

  test('draws every text as marked content in the tree or as an artifact, and only header and footer as artifacts', async () => {
    const pages = await textOperators(pdf);
    expect(pages.every((page) => page.neither === 0)).toBe(true);
    expect(pages[0]?.artifact).toBe(0);
    // Title, the section it is in (not on every page), the municipality and the page number.
    for (const page of pages.slice(1)) expect(page.artifact).toBeGreaterThanOrEqual(3);
    expect(pages.reduce((sum, page) => sum + page.marked, 0)).toBeGreaterThan(100);
  });

  test('reads in the order the text is drawn: the tree holds each page\'s marked content once, page by page in MCID order', async () => {
    const pages = await textOperators(pdf);
    const inTree = (await structElements(pdf)).flatMap((element) => element.content);
    const drawn = pages.flatMap((page, index) => page.mcids.map((mcid) => ({ page: index, mcid })));
    expect(inTree).toEqual(drawn);
    pages.forEach((page) => expect(page.mcids).toEqual(page.mcids.map((_, index) => index)));
  });
});

describe('a school brochure of the demo, its parts', () => {
  let tree: StructNode;
  let pdf: Uint8Array;
  beforeAll(async () => {
    ({ pdf, tree } = await readBack('school'));
  }, 120_000);

  test('shows the budget as a Table whose first row holds TH cells with column scope, the others TD cells', () => {
    const t = siteStrings(content.catalogue.site);
    const at = tree.kids.findIndex((node) => node.role === 'H1' && textOf(node) === t.choices);
    const table = tree.kids[at + 1];
    expect(table?.role).toBe('Table');
    const [header, ...rows] = table!.kids;
    expect(header?.kids.map((cell) => [cell.role, cell.attributes.join(' '), textOf(cell)])).toEqual(
      [t.intervention, t.quantity, t.unitPrice, t.charge].map((label) => ['TH', '/Scope /Column', label]),
    );
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row.kids.map((cell) => cell.role)).toEqual(['TD', 'TD', 'TD', 'TD']);
  });

  test('shows a description\'s lists as L with LI items: a numbered item\'s Lbl holds its number, a bullet is an artifact', () => {
    const items = allNodes(tree).filter((node) => node.role === 'L').flatMap((list) => list.kids);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.role).toBe('LI');
      const roles = item.kids.map((kid) => kid.role);
      if (roles[0] === 'Lbl') expect(textOf(item.kids[0]!)).toMatch(/^\d+\.$/);
      expect(roles.filter((role) => role !== 'Lbl')).toEqual(['LBody']);
    }
    expect(items.some((item) => item.kids.length === 1)).toBe(true);
    expect(allNodes(tree).some((node) => textOf(node).includes('•'))).toBe(false);
  });

  test('gives the printed GEKOZEN label the text a screen reader says: gekozen', async () => {
    const spoken = (await structElements(pdf)).map((element) => element.actualText);
    const printedLabels = allNodes(tree).filter((node) => textOf(node) === 'GEKOZEN');
    expect(printedLabels.length).toBeGreaterThan(0);
    expect(spoken.filter((text) => text === 'gekozen')).toHaveLength(printedLabels.length);
  });

  test('says facts printed apart by a middle dot (price · duration · places) apart by commas instead', async () => {
    const spoken = new Set((await structElements(pdf)).map((element) => element.actualText).filter(Boolean));
    const dotted = allNodes(tree).filter((node) => node.role === 'P' && node.texts.join(' ').includes(' · '));
    expect(dotted.length).toBeGreaterThan(5);
    expect(dotted.some((node) => /· (vol|nog \d+ plek)/.test(textOf(node)))).toBe(true);
    for (const node of dotted) expect(spoken).toContain(textOf(node).replaceAll('\u00a0', ' ').split(' · ').join(', '));
  });

});

describe('a school brochure of the demo, its facts, links and contents', () => {
  test('reads a list of facts as the site reads its description list: each fact one P, its label, a space and its value, and no table', async () => {
    const { tree } = await readBack('school');
    const t = siteStrings(content.catalogue.site);
    const at = tree.kids.findIndex((node) => node.role === 'H1' && textOf(node) === brochureStrings('nl').inShort);
    const facts = tree.kids.slice(at + 1, tree.kids.findIndex((node, index) => index > at && node.role === 'H1'));
    const budget = facts.find((node) => textOf(node).startsWith(`${t.budget} `));
    expect(budget?.role).toBe('P');
    expect(textOf(budget!)).toMatch(/^Budget € [\d.]+,\d\d$/);
    // Its one table is the list of choices, a real table (column headers, an amount per row), not facts.
    expect(facts.filter((node) => node.role === 'Table').map((table) => table.kids[0]?.kids.map((cell) => `${cell.role} ${textOf(cell)}`))).toEqual([
      [`TH ${t.intervention}`, `TH ${t.charge}`],
    ]);
    // Every fact is one marked content (label and value together), not two.
    expect(budget!.texts).toHaveLength(1);
  });

  test('makes an e-mail or web address that is a fact\'s value a Link in its P after the label, with an annotation that leads there', async () => {
    const { pdf, tree } = await readBack('school');
    const links = (await structElements(pdf)).filter((element) => element.role === 'Link');
    const contact = content.catalogue.site.contact?.email;
    expect(contact).toBeDefined();
    expect(links.map((link) => link.uris).flat()).toContain(`mailto:${contact}`);
    for (const link of links) expect(link.uris).toHaveLength(1);
    const linkFacts = allNodes(tree).filter((node) => node.role === 'P' && node.kids.some((kid) => kid.role === 'Link'));
    expect(linkFacts.length).toBeGreaterThan(1);
    const email = linkFacts.find((node) => textOf(node) === `E-mail ${contact}`);
    expect(email?.kids.map((kid) => [kid.role, textOf(kid)])).toEqual([['Link', contact]]);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const annotations = doc.getPages().flatMap((page) => page.node.Annots()?.asArray() ?? []);
    expect(annotations).toHaveLength(links.length);
  });

  test('reads a contents line as its title, a space and its page number', async () => {
    const { tree } = await readBack('school');
    const lines = allNodes(tree).filter((node) => node.role === 'TOCI').map(textOf);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).toMatch(/\D \d+$/);
  });
});

describe('the content components in the catalogue brochure of the demo', () => {
  let tree: StructNode;
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = (await (await sharedRenderer()).renderCatalogue(content, meta)).bytes;
    tree = structTree(pdf);
  }, 120_000);

  test('set a <Citaat> apart as a BlockQuote holding its words and then its source', () => {
    const quotes = allNodes(tree).filter((node) => node.role === 'BlockQuote');
    const sami = quotes.find((node) => textOf(node).includes('pakt Sami zelf elke avond een boek'));
    expect(sami?.kids.map((kid) => kid.role)).toEqual(['P', 'P']);
    expect(textOf(sami!.kids[1]!)).toBe('— Moeder van Sami (4 jaar), Vechtwaarde');
  });

  test('make web addresses in running text (an evidence source, a <Video>) a Link inside their paragraph, whose annotation covers the address, leads there and describes it', async () => {
    const paragraphs = allNodes(tree).filter((node) => node.role === 'P' && node.kids.some((kid) => kid.role === 'Link'));
    const video = paragraphs.find((node) => textOf(node).startsWith('Video: Zo gaat een voorleesbezoek'));
    expect(video?.kids.map((kid) => [kid.role, textOf(kid)])).toEqual([['Link', 'https://www.voorleesexpress.nl/']]);
    expect(paragraphs.filter((node) => textOf(node) === 'Bron: https://www.nji.nl/interventies').length).toBeGreaterThan(1);
    const links = (await structElements(pdf)).filter((element) => element.role === 'Link');
    expect(links.flatMap((link) => link.uris)).toContain('https://www.voorleesexpress.nl/');
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const page = doc.getPages().find((candidate) => (candidate.node.Annots()?.asArray() ?? []).some((ref) => String(doc.context.lookup(ref, PDFDict).lookup(PDFName.of('A'), PDFDict).lookup(PDFName.of('URI'))).includes('voorleesexpress')))!;
    const annotation = page.node.Annots()!.asArray().map((ref) => doc.context.lookup(ref, PDFDict)).find((dict) => String(dict.lookup(PDFName.of('A'), PDFDict).lookup(PDFName.of('URI'))).includes('voorleesexpress'))!;
    expect((annotation.lookup(PDFName.of('Contents')) as PDFHexString).decodeText()).toBe('https://www.voorleesexpress.nl/');
    expect(annotation.get(PDFName.of('StructParent'))).toBeDefined();
    // The address's words lie inside the clickable box, the paragraph's "Video:" outside it.
    const [left, bottom, right, top] = annotation.lookup(PDFName.of('Rect'), PDFArray).asArray().map((value) => (value as PDFNumber).asNumber()) as [number, number, number, number];
    const pageIndex = doc.getPages().indexOf(page) + 1;
    const words = wordBoxes(pdf).filter((box) => box.page === pageIndex);
    const address = words.find((box) => box.word.startsWith('https://www.voorleesexpress.nl'))!;
    const label = words.find((box) => box.word === 'Video:')!;
    const height = page.getHeight();
    // Within 2 points: poppler's word boxes take the font's whole ascent and descent.
    const inside = (box: typeof address) => box.xMin >= left - 2 && box.xMax <= right + 2 && height - box.yMax >= bottom - 2 && height - box.yMin <= top + 2;
    expect(inside(address)).toBe(true);
    expect(inside(label)).toBe(false);
  });

  test('set a <Kader> apart as an Aside, role-mapped to Div for PDF 1.7 readers, holding its bold title and its text', async () => {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const roleMap = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('RoleMap'), PDFDict);
    expect(String(roleMap.get(PDFName.of('Aside')))).toBe('/Div');
    expect((await structElements(pdf)).filter((element) => element.role === 'Aside').length).toBeGreaterThan(0);
    // Poppler reads the Aside by its mapped role.
    const callout = allNodes(tree).find((node) => node.role === 'Div' && textOf(node).startsWith('Let op'));
    expect(callout?.kids.map((kid) => textOf(kid))).toEqual(['Let op', 'Meld gezinnen vóór 1 oktober aan, dan kunnen de meeste nog voor de kerstvakantie beginnen.']);
  });
});
