/**
 * The logo as an image XObject, prepared once per logo and renderer and copied into each brochure:
 * pdf-lib's embedPng decodes the PNG and deflates its pixels again for every document, which for
 * a 600-pixel logo costs more than drawing many of a brochure's pages. JPEG (its own compression),
 * and PNG where no deflate is given (the browser, one brochure at a time), are embedded by pdf-lib.
 */
import { PDFDocument, PngEmbedder, type PDFRef } from 'pdf-lib';
import type { BrochureContent } from '../brochure-input.ts';
import type { Compress } from '../pdf-bytes/write-pdf.ts';

interface Channel {
  /** Deflated pixels. */
  data: Uint8Array;
  colors: 1 | 3;
}

export interface PreparedLogo {
  embed(doc: PDFDocument): Promise<PDFRef>;
  /** Width and height in pixels. */
  width: number;
  height: number;
}

async function preparePng(bytes: Uint8Array, deflate: Compress): Promise<PreparedLogo> {
  const png = await PngEmbedder.for(bytes);
  const { width, height } = png;
  // pdf-lib keeps the decoded pixels private; an alpha channel that is fully opaque it leaves out.
  const { rgbChannel, alphaChannel } = (png as unknown as { image: { rgbChannel: Uint8Array; alphaChannel?: Uint8Array } }).image;
  const rgb: Channel = { data: deflate(rgbChannel), colors: 3 };
  const alpha: Channel | undefined = alphaChannel && { data: deflate(alphaChannel), colors: 1 };
  const stream = (doc: PDFDocument, { data, colors }: Channel, extra: Record<string, unknown>) =>
    doc.context.register(
      doc.context.stream(data, {
        Type: 'XObject', Subtype: 'Image', Width: width, Height: height, BitsPerComponent: 8, ColorSpace: colors === 3 ? 'DeviceRGB' : 'DeviceGray',
        Filter: 'FlateDecode', ...(colors === 1 ? { Decode: [0, 1] } : {}), ...extra,
      }),
    );
  return {
    width,
    height,
    embed: async (doc) => stream(doc, rgb, alpha ? { SMask: stream(doc, alpha, {}) } : {}),
  };
}

async function embeddedByPdfLib({ format, bytes }: Logo): Promise<PreparedLogo> {
  const embed = (doc: PDFDocument) => (format === 'png' ? doc.embedPng(bytes) : doc.embedJpg(bytes));
  const probe = await embed(await PDFDocument.create({ updateMetadata: false }));
  return { width: probe.width, height: probe.height, embed: async (doc) => (await embed(doc)).ref };
}

type Logo = NonNullable<BrochureContent['logo']>;

/** Prepared once per logo: the same bytes are drawn into every brochure of a build. */
export function createLogoPreparer(deflate: Compress | undefined): (logo: Logo) => Promise<PreparedLogo> {
  const prepared = new WeakMap<Uint8Array, Promise<PreparedLogo>>();
  return (logo) => {
    let ready = prepared.get(logo.bytes);
    if (!ready) prepared.set(logo.bytes, (ready = logo.format === 'png' && deflate ? preparePng(logo.bytes, deflate) : embeddedByPdfLib(logo)));
    return ready;
  };
}
