/**
 * An SVG logo is drawn into the brochures from the same sanitised SVG the site publishes, so
 * whatever the file names (an image elsewhere on the build machine's disk, an address on another
 * host, a script) never reaches the PDF, and the build asks no server for anything.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readLogo } from '../../src/integration/brochures/brochure-content.ts';
import { sanitizeSvg } from '../../src/integration/sanitize-svg.ts';
import { fixtureContent, meta, sharedRenderer } from '../brochure/render-in-process.ts';
import { contentWith } from '../support/content-fixture.ts';
import { minimalContent } from '../support/fixture-sites.ts';

const requests: string[] = [];
const server = createServer((request, response) => {
  requests.push(request.url ?? '');
  response.end();
});
beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A red square outside the content folder: drawn into the logo only if the SVG's reference were followed. */
const outsideImage = path.join(os.tmpdir(), `aanbodgids-outside-${process.pid}.png`);
afterAll(() => rmSync(outsideImage, { force: true }));

const drawing = '<rect width="40" height="40" fill="#1f4f8f"/><text x="48" y="26" fill="#1f4f8f">Proefdorp</text>';
const svg = (inside: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 40">${inside}</svg>`;

function hostileLogo(): string {
  const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return svg(
    `<style>@import url(${host}/logo.css);</style><script>fetch('${host}/script')</script>${drawing}` +
      `<image href="${outsideImage}" x="80" width="40" height="40"/><image xlink:href="${host}/tracker.png" width="1" height="1"/>` +
      `<use href="${host}/sprite.svg#ster"/>`,
  );
}

function contentWithLogo(logo: string): string {
  const site = readFileSync(path.join(minimalContent, 'site.yaml'), 'utf8');
  return contentWith({ 'site.yaml': `${site}\nlogo:\n  file: logo.svg\n  alt: Logo van Gemeente Proefdorp\n`, 'logo.svg': logo });
}

test('an SVG logo naming a file elsewhere on the disk, another host and a script is drawn as its sanitised drawing alone', () => {
  writeFileSync(outsideImage, new Resvg(svg('<rect width="120" height="40" fill="#ff0000"/>')).render().asPng());
  const hostile = readLogo(contentWithLogo(hostileLogo()), 'logo.svg');
  const clean = readLogo(contentWithLogo(svg(drawing)), 'logo.svg');
  const empty = readLogo(contentWithLogo(svg('')), 'logo.svg');
  expect(hostile?.format).toBe('png');
  expect(Buffer.from(hostile!.bytes).equals(Buffer.from(clean!.bytes))).toBe(true);
  expect(Buffer.from(hostile!.bytes).equals(Buffer.from(empty!.bytes))).toBe(false);
  expect(requests).toEqual([]);
});

test('the brochure with that logo prints it and asks no server for anything', async () => {
  const content = fixtureContent(contentWithLogo(hostileLogo()));
  const renderer = await sharedRenderer();
  const pdf = await renderer.draw(await renderer.planCatalogue(content), content, meta);
  const file = path.join(os.tmpdir(), `aanbodgids-logo-${process.pid}.pdf`);
  writeFileSync(file, pdf);
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  rmSync(file);
  // The cover's logo: the 600-pixel-wide drawing of the 120 x 40 viewBox.
  expect(images.some((line) => /^\s*\d+\s+\d+\s+image\s+600\s+200\s/.test(line))).toBe(true);
  expect(requests).toEqual([]);
});

test('a logo that refers to its own parts with xlink:href stays a well-formed SVG, for the site and the brochure alike', () => {
  const published = sanitizeSvg(svg(`<defs><rect id="blok" width="10" height="10"/></defs><use xlink:href="#blok"/>${drawing}`));
  expect(published).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
  expect(published).toContain('<use xlink:href="#blok">');
  // resvg's XML parser refuses a prefix without its namespace, as browsers do for an SVG file.
  expect(() => new Resvg(published).render()).not.toThrow();
});
