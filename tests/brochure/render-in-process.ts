/** The renderer run in the test's own thread on a fixture folder, with the build's fonts and content steps. */
import path from 'node:path';
import { checkContent } from '../../src/build/build-site.ts';
import { brochureContent } from '../../src/build/brochures/brochure-content.ts';
import { prepareBrochureFonts } from '../../src/build/brochures/brochure-fonts.ts';
import { nodeRenderer } from '../../src/build/brochures/render-job.ts';
import type { Reporter } from '../../src/build/report.ts';
import type { BrochureContent } from '../../src/brochure/brochure-input.ts';
import type { BrochureRenderer } from '../../src/brochure/render-brochure.ts';
import { projectRoot } from '../support/run-build.ts';

export const quietReporter: Reporter = { info() {}, warn() {}, error() {} };
export const fontCache = path.join(projectRoot, 'node_modules', '.cache', 'aanbodgids', 'fonts');
export const meta = { date: '2026-01-01T00:00:00.000Z', documentId: '00112233445566778899aabbccddeeff' };

export function fixtureContent(contentDir: string): BrochureContent {
  const checked = checkContent(contentDir, quietReporter);
  if (!checked) throw new Error(`${contentDir} has content problems`);
  return brochureContent(checked.catalogue, checked.content.interventions, contentDir, quietReporter);
}

let renderer: Promise<BrochureRenderer> | undefined;
export const sharedRenderer = (): Promise<BrochureRenderer> => (renderer ??= prepareBrochureFonts(fontCache).then(nodeRenderer));
