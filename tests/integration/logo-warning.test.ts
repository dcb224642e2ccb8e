/** A logo the brochures cannot print (WebP) is said once, in the site's language, naming logo.file. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { brochureContent } from '../../src/integration/brochures/brochure-content.ts';
import { checkContent } from '../../src/integration/check-content.ts';
import { quietReporter } from '../brochure/render-in-process.ts';
import { contentWith } from '../support/content-fixture.ts';
import { minimalContent } from '../support/fixture-sites.ts';

test('a WebP logo is warned about once, in Dutch, and the brochures go without it', () => {
  const site = `${readFileSync(path.join(minimalContent, 'site.yaml'), 'utf8')}\nlogo:\n  file: logo.webp\n  alt: Logo\n`;
  const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), Buffer.alloc(16)]).toString('latin1');
  const contentDir = contentWith({ 'site.yaml': site, 'logo.webp': webp });
  const checked = checkContent(contentDir, quietReporter);
  expect(checked).toBeDefined();
  const warnings: string[] = [];
  const content = brochureContent(checked!.catalogue, checked!.content.interventions, contentDir, { ...quietReporter, warn: (text) => warnings.push(text) }, { asOf: '2026-06-01' });
  expect(content.logo).toBeUndefined();
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('site.yaml: logo.file "logo.webp" is geen SVG, PNG of JPEG: de brochures worden zonder logo gedrukt');
});
