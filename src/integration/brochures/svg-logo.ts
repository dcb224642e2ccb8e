/**
 * An SVG logo drawn to PNG for the brochures (pdf-lib embeds PNG and JPEG only). resvg renders
 * the SVG itself, without system fonts and without fetching anything: an image the SVG links to
 * on another host is left out. Wide enough for print at the cover's logo size; the same SVG
 * always gives the same bytes.
 */
import { Resvg } from '@resvg/resvg-js';

/** The cover prints a logo at most 50 mm wide: 600 pixels are about 300 dpi there. */
const WIDTH_PX = 600;

export function svgToPng(svg: Uint8Array): Uint8Array {
  const rendered = new Resvg(Buffer.from(svg), { fitTo: { mode: 'width', value: WIDTH_PX }, font: { loadSystemFonts: false }, logLevel: 'off' }).render();
  return new Uint8Array(rendered.asPng());
}
