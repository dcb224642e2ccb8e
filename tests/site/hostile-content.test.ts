/**
 * The built hostile fixture (tests/fixtures/hostile): bodies with raw HTML and script links, every
 * body component, an SVG logo with scripts and outside references, and the team's notes in `extra`.
 * What is published holds no live script, and nothing the pages do not show.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { pdfText } from '../brochure/pdf-tools.ts';
import { readPage } from '../support/built-site.ts';
import { builtSite } from '../support/fixture-sites.ts';

const dist = await builtSite('hostile');
const bodyOf = (id: string) => readPage(dist, `aanbod/${id}/`).document.querySelector('.prose');

const publishedFiles = (): string[] => (readdirSync(dist, { recursive: true }) as string[]).filter((name) => statSync(path.join(dist, name)).isFile());

/** Where a PDF's link annotations lead. */
async function linkAddresses(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().flatMap((page) =>
    (page.node.Annots()?.asArray() ?? []).flatMap((ref) => {
      const action = pdf.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString);
      return uri ? [uri.decodeText()] : [];
    }),
  );
}

/** Every published file as text: gzip (Pagefind) unpacked, PDFs as the text they print. */
function publishedTexts(): { file: string; text: string }[] {
  return publishedFiles()
    .map((name) => {
      const bytes = readFileSync(path.join(dist, name));
      if (name.endsWith('.pdf')) return { file: name, text: pdfText(bytes) };
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      return { file: name, text: (gzipped ? gunzipSync(bytes) : bytes).toString('utf8') };
    });
}

describe('bodies with raw HTML and script links', () => {
  test('script, event attributes, frames and javascript: addresses never reach a page', () => {
    for (const id of ['html-in-markdown', 'onderdelen']) {
      const body = bodyOf(id);
      expect(body, id).not.toBeNull();
      expect(body?.querySelectorAll('script, iframe, object, embed, style'), id).toHaveLength(0);
      const attributes = (body?.querySelectorAll('*') ?? []).flatMap((element) => Object.entries(element.attributes));
      expect(attributes.filter(([name]) => name.toLowerCase().startsWith('on')), id).toEqual([]);
      expect(attributes.filter(([, value]) => /^\s*(?:javascript|data|vbscript):/i.test(value)), id).toEqual([]);
    }
  });

  test('unsafe links become text and safe HTML and links stay', () => {
    const body = bodyOf('html-in-markdown');
    expect(body?.text).toContain("javascript:alert('md-link')");
    expect(body?.querySelector('a[href="https://leeshuis.example.nl/"]')?.text).toBe('goede link');
    expect(body?.querySelector('details summary')?.text).toBe('Meer weten');
  });
});

/** The pages that show site.yaml's intro, steps and colophon, a provider's description and an intervention's howToApply. */
const PROSE_PAGES = ['', 'scholen/de-linde/', 'aanbieders/leeshuis/', 'aanbod/koppen-van-de-pagina/'];
const PROSE_LINK_TEXTS = ['de inleiding', 'uw aanbod', 'hier', 'onze site', 'het formulier'];

describe('Markdown prose fields with reference-style links and images', () => {
  test.each(PROSE_PAGES)('/%s has no script address and no image from another host', (page) => {
    const { document } = readPage(dist, page);
    const addresses = document.querySelectorAll('[href], [src]').flatMap((element) => [element.getAttribute('href'), element.getAttribute('src')]);
    expect(addresses.filter((address) => address !== undefined && /^\s*(?:javascript|vbscript|data):/i.test(address))).toEqual([]);
    const images = document.querySelectorAll('img').map((image) => image.getAttribute('src') ?? '');
    expect(images.filter((src) => new URL(src, 'https://vijandig.example.nl/').host !== 'vijandig.example.nl')).toEqual([]);
    expect(document.toString()).not.toContain('elders.example');
  });

  test('no brochure links anywhere but the web or an e-mail address', async () => {
    const pdfs = publishedFiles().filter((name) => name.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(1);
    const addresses = (await Promise.all(pdfs.map((name) => linkAddresses(readFileSync(path.join(dist, name)))))).flat();
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((address) => !/^(?:https?:\/\/|mailto:)/.test(address))).toEqual([]);
  });

  test("the open data's howToApply, rendered by any Markdown renderer, has no script address", () => {
    const data = JSON.parse(readFileSync(path.join(dist, 'aanbod.json'), 'utf8')) as { interventions: { id: string; howToApply?: string }[] };
    const howToApply = data.interventions.find((item) => item.id === 'koppen-van-de-pagina')?.howToApply ?? '';
    expect(howToApply).toContain('het formulier');
    expect(markdownToHtml(howToApply).html).not.toMatch(/javascript:/i);
    expect(readFileSync(path.join(dist, 'aanbod.csv'), 'utf8')).not.toContain("javascript:alert('howToApply')");
  });

  test("each field keeps its link text, and an outside image leaves its alt text", () => {
    const texts = PROSE_PAGES.map((page) => readPage(dist, page).text('main')).join(' ');
    for (const text of [...PROSE_LINK_TEXTS, 'de teller', 'ons logo']) expect(texts).toContain(text);
  });
});

describe('body components', () => {
  const body = () => bodyOf('onderdelen');

  test('a callout is a box with its title, under its Dutch and its English name', () => {
    const callouts = body()?.querySelectorAll('.content-callout') ?? [];
    expect(callouts.map((callout) => callout.querySelector('.content-callout__title')?.text)).toEqual(['Goed om te weten', "<img src=x onerror=alert('title')>"]);
    expect(callouts[0]?.querySelector('p:not(.content-callout__title)')?.innerHTML).toBe('De leesclub begint in <strong>september</strong>.');
  });

  test('a quote shows its source, and a video is a link with its title', () => {
    expect(body()?.querySelectorAll('.content-quote figcaption').map((caption) => caption.text)).toEqual(['— Juf Anna, groep 5', '— Meester Bram']);
    const video = body()?.querySelector('.content-video a');
    expect(video?.getAttribute('href')).toBe('https://video.example.nl/leesclub');
    expect(video?.text).toBe('▶ De leesclub in beeld');
  });

  test('the brochure draws the same components: title and box, quote with source, video title and address', () => {
    const text = pdfText(readFileSync(path.join(dist, 'aanbod.pdf')));
    expect(text).toContain('Goed om te weten De leesclub begint in september.');
    expect(text).toContain('Ze lezen nu zelf elke dag. — Juf Anna, groep 5');
    expect(text).toContain('Video: De leesclub in beeld https://video.example.nl/leesclub');
  });
});

describe('an SVG logo', () => {
  const svg = () => readFileSync(path.join(dist, 'logo/logo.svg'), 'utf8');

  test('is published without script, event attributes, foreign objects or outside references', () => {
    expect(svg()).not.toMatch(/<script|foreignObject|<image|\son\w+=|javascript:|evil\.example|@import/i);
  });

  test('keeps its drawing: shapes, gradient and text', () => {
    expect(svg()).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg()).toContain('<linearGradient id="blauw">');
    expect(svg()).toContain('fill="url(#blauw)"');
    expect(svg()).toContain('>Proefdorp</text>');
  });
});

test("the team's own fields (a school's contact and needsNote, every extra map) reach no published file: pages, JSON, search index or PDF", () => {
  const leaks = publishedTexts().filter(({ text }) => text.includes('INTERN-')).map(({ file }) => file);
  expect(leaks).toEqual([]);
});

describe("body headings named like the page's own", () => {
  test("keep their own ids, and the page's sections keep theirs: every id on the page is unique", () => {
    const page = readPage(dist, 'aanbod/koppen-van-de-pagina/');
    const ids = page.document.querySelectorAll('[id]').map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(page.document.querySelectorAll('.prose h2').map((heading) => heading.id)).toEqual(['inhoud', 'zo-krijgt-u-dit', 'onderbouwing', 'zo-meldt-u-aan']);
    const sections = [['.how-to-get', 'Zo krijgt u dit'], ['.evidence', 'Onderbouwing'], ['.how-to-apply', 'Zo meldt u aan']] as const;
    for (const [section, heading] of sections) {
      const labelledBy = page.document.querySelector(section)?.getAttribute('aria-labelledby');
      expect(page.text(`[id="${labelledBy ?? ''}"]`), section).toMatch(new RegExp(`^${heading}`));
    }
  });
});

describe('raw HTML images', () => {
  test('an img its author gave no alt text gets an empty one (decoration), so the page stays valid', () => {
    expect(bodyOf('html-in-markdown')?.querySelectorAll('img').map((image) => image.getAttribute('alt'))).toEqual(['']);
  });
});
