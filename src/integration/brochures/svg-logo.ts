/**
 * An SVG logo drawn to PNG for the brochures (pdf-lib embeds PNG and JPEG only). What is drawn is
 * the sanitised SVG the site publishes, not the file as written: resvg would otherwise load an
 * image the SVG names from anywhere on the build machine's disk. resvg renders without system
 * fonts. Wide enough for print at the cover's logo size; the same SVG always gives the same bytes.
 */
import { Resvg } from '@resvg/resvg-js';
import { sanitizeSvg } from '../sanitize-svg.ts';

/** The cover prints a logo at most 50 mm wide: 600 pixels are about 300 dpi there. */
const WIDTH_PX = 600;

export function svgToPng(svg: Uint8Array): Uint8Array {
  const published = sanitizeSvg(new TextDecoder().decode(svg));
  const rendered = new Resvg(published, { fitTo: { mode: 'width', value: WIDTH_PX }, font: { loadSystemFonts: false }, logLevel: 'off' }).render();
  return new Uint8Array(rendered.asPng());
}
