/**
 * A school's brochure drawn in the browser by the build's own renderer (src/brochure), from the
 * content and fonts the build published in brochures/. This module and everything it imports
 * (pdf-lib, fontkit) load only when a visitor asks for a brochure.
 */
import './node-globals.ts';
import { Buffer } from 'buffer';
import fontkit from 'fontkit';
import { brochureKeySource, documentIdOf } from '../../brochure/document-key.ts';
import { contentFromPublished, contentWithSchool, type PublishedBrochureContent } from '../../brochure/published-content.ts';
import { createBrochureRenderer, type BrochureRenderer } from '../../brochure/render-brochure.ts';
import type { BrochureContent } from '../../brochure/brochure-input.ts';
import type { School } from '../../core/catalogue/catalogue-model.ts';

interface Prepared {
  published: PublishedBrochureContent;
  content: BrochureContent;
  renderer: BrochureRenderer;
}

let preparing: Promise<Prepared> | undefined;

async function fetched(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

async function prepare(brochureHref: string): Promise<Prepared> {
  const published = (await (await fetched(`${brochureHref}catalogue.json`)).json()) as PublishedBrochureContent;
  const bytesOf = async (file: string) => new Uint8Array(await (await fetched(`${brochureHref}${file}`)).arrayBuffer());
  const [regular, bold] = await Promise.all([bytesOf(published.fonts.regular), bytesOf(published.fonts.bold)]);
  // fontkit 1.9 reads fonts through Buffer methods; the `buffer` package gives the browser those.
  const renderer = await createBrochureRenderer({ fonts: { regular: Buffer.from(regular), bold: Buffer.from(bold) }, fontkit });
  return { published, content: contentFromPublished(published), renderer };
}

/** SHA-256 as hex, as node:crypto gives it on the build side. */
async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function schoolBrochure(school: School, brochureHref: string): Promise<Uint8Array> {
  preparing ??= prepare(brochureHref).catch((error: unknown) => {
    preparing = undefined; // a failed download may be retried
    throw error;
  });
  const { published, content, renderer } = await preparing;
  const withSchool = contentWithSchool(content, school);
  // Keyed as the build keys its brochures (what is drawn, with the build's renderer, font and logo hashes), so the document ID (and the date) agree.
  const plan = await renderer.planSchool(withSchool, school.id);
  const key = await sha256Hex(brochureKeySource(plan, published.hashes, published.date));
  return renderer.draw(plan, withSchool, { date: published.date, documentId: documentIdOf(key) });
}
