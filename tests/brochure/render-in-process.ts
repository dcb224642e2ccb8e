/** The renderer run in the test's own thread on a fixture folder, with the build's fonts and content steps. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { generateContent, type GenerateOptions } from '../../scripts/bench/generate-content.ts';
import { plainText, type Block } from '../../src/brochure/blocks.ts';
import { schoolOffer } from '../../src/core/catalogue/school-offer.ts';
import { checkContent } from '../../src/integration/check-content.ts';
import { brochureContent } from '../../src/integration/brochures/brochure-content.ts';
import { prepareBrochureFonts } from '../../src/integration/brochures/brochure-fonts.ts';
import { nodeRenderer } from '../../src/integration/brochures/render-job.ts';
import type { Reporter } from '../../src/integration/report.ts';
import type { BrochureContent } from '../../src/brochure/brochure-input.ts';
import type { BrochureRenderer } from '../../src/brochure/render-brochure.ts';
import { projectRoot } from '../support/run-build.ts';
import { bodyText } from './pdf-tools.ts';
import { environmentTime } from '../../src/integration/options.ts';

export const quietReporter: Reporter = { info() {}, warn() {}, error() {} };
export const fontCache = path.join(projectRoot, 'node_modules', '.cache', 'aanbodgids', 'fonts');
export const meta = { date: '2026-01-01T00:00:00.000Z', documentId: '00112233445566778899aabbccddeeff' };

export function fixtureContent(contentDir: string): BrochureContent {
  const checked = checkContent(contentDir, quietReporter);
  if (!checked) throw new Error(`${contentDir} has content problems`);
  return brochureContent(checked.catalogue, checked.content.interventions, contentDir, quietReporter, { asOf: environmentTime().day });
}

let renderer: Promise<BrochureRenderer> | undefined;
export const sharedRenderer = (): Promise<BrochureRenderer> => (renderer ??= prepareBrochureFonts(fontCache).then(nodeRenderer));

/**
 * A word broken at a line end after its own hyphen ("sociaal-" "emotionele") cannot be told from
 * one the layout hyphenated: texts compared with the source drop every hyphen on both sides.
 */
const withoutHyphens = (text: string): string => text.replace(/[-\u00ad]/g, '');

/**
 * A generated catalogue (the benchmark's generator) and its first school, with helpers to find an
 * intervention's body in a brochure's text. The folder is removed when the test file ends.
 */
export function generatedSchool(options: GenerateOptions) {
  const dir = mkdtempSync(path.join(tmpdir(), 'aanbodgids-brochure-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  generateContent(dir, options);
  const content = fixtureContent(dir);
  const school = content.catalogue.schools[0]!;
  const offer = schoolOffer(school, content.catalogue);
  /** The first paragraph of an intervention's body: several generated sentences, found nowhere else. */
  const bodyParagraph = (id: string): string => {
    const paragraph = content.bodies[id]?.find((block): block is Extract<Block, { kind: 'paragraph' }> => block.kind === 'paragraph');
    if (!paragraph) throw new Error(`${id} has no paragraph`);
    return withoutHyphens(plainText(paragraph.runs).replace(/\s+/g, ' '));
  };
  /** The brochure's text without the page furniture and line-end hyphens, so paragraphs read on across page breaks. */
  const textOf = (bytes: Uint8Array): string => withoutHyphens(bodyText(bytes));
  return {
    content,
    school,
    offer,
    fixed: offer.fixed.flatMap((group) => group.items),
    menu: offer.optional.flatMap((group) => group.items),
    bodyParagraph,
    textOf,
  };
}
