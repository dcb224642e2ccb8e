/**
 * `npm run bench:brochures` measures what tagging costs against the same brochure drawn untagged.
 * That figure is only honest when the untagged PDF draws exactly the same pages and differs in
 * nothing but the tagging: no structure tree, no marked content, no link annotations.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareBrochureFonts } from '../../src/integration/brochures/brochure-fonts.ts';
import { nodeRenderer } from '../../src/integration/brochures/render-job.ts';
import { projectRoot } from '../support/run-build.ts';
import { poppler, withFile } from './pdf-tools.ts';
import { fixtureContent, fontCache, meta, sharedRenderer } from './render-in-process.ts';
import { textOperators } from './tagged-tree.ts';

const content = fixtureContent(path.join(projectRoot, 'content'));
const SCHOOL = 'so-de-horizon';

/** Every page as a small grey image, in one buffer: equal buffers mean equal pages. */
const pagePixels = (pdf: Uint8Array): Buffer => withFile(pdf, (file) => execFileSync('pdftoppm', ['-gray', '-r', '30', file], { maxBuffer: 64 * 1024 * 1024 }));

describe('the untagged baseline of a school brochure', () => {
  let tagged: Uint8Array;
  let untagged: Uint8Array;
  beforeAll(async () => {
    const plan = await (await sharedRenderer()).planSchool(content, SCHOOL);
    tagged = await (await sharedRenderer()).draw(plan, content, meta);
    untagged = await (await nodeRenderer(await prepareBrochureFonts(fontCache), { untagged: true })).draw(plan, content, meta);
  }, 120_000);

  test('draws exactly the pages the tagged brochure draws', () => {
    expect(poppler('pdfinfo', [], untagged).match(/^Pages:\s+(\d+)$/m)?.[1]).toBe(poppler('pdfinfo', [], tagged).match(/^Pages:\s+(\d+)$/m)?.[1]);
    expect(pagePixels(untagged).equals(pagePixels(tagged))).toBe(true);
  });

  test('has no structure tree, no marked content and no link annotations; the tagged one has all three', async () => {
    expect(poppler('pdfinfo', [], tagged)).toMatch(/^Tagged:\s+yes$/m);
    expect(poppler('pdfinfo', [], untagged)).toMatch(/^Tagged:\s+no$/m);
    const structureOf = async (pdf: Uint8Array) => {
      const doc = await PDFDocument.load(pdf, { updateMetadata: false });
      const pages = await textOperators(pdf);
      return {
        tree: doc.catalog.has(PDFName.of('StructTreeRoot')),
        marked: pages.reduce((sum, page) => sum + page.marked + page.artifact, 0),
        links: doc.getPages().filter((page) => page.node.has(PDFName.of('Annots'))).length,
      };
    };
    const withTags = await structureOf(tagged);
    expect(withTags.tree).toBe(true);
    expect(withTags.marked).toBeGreaterThan(100);
    expect(withTags.links).toBeGreaterThan(0);
    expect(await structureOf(untagged)).toEqual({ tree: false, marked: 0, links: 0 });
  });

  test('is smaller than the tagged brochure: the difference is what tagging costs', () => {
    expect(untagged.length).toBeLessThan(tagged.length);
  });
});
