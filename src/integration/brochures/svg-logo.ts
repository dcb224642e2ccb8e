/**
 * An SVG logo drawn to PNG for the brochures (pdf-lib embeds PNG and JPEG only). What is drawn is
 * the sanitised SVG the site publishes, not the file as written: resvg would otherwise load an
 * image the SVG names from anywhere on the build machine's disk. resvg renders without system
 * fonts. Wide enough for print at the cover's logo size; the same SVG always gives the same bytes.
 * The content check (content-files.ts) refuses a logo that cannot be drawn this way, so neither
 * the site nor a brochure ever carries one.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { sanitizeSvg } from '../sanitize-svg.ts';
import { expandedElementCount } from '../svg-references.ts';

/** The cover prints a logo at most 50 mm wide: 600 pixels are about 300 dpi there. A tall logo gets as many pixels of height. */
const MAX_SIDE_PX = 600;
/** Far more than any logo draws; a file that expands past it is made to stall whoever draws it. */
export const MAX_LOGO_ELEMENTS = 10_000;

const options = (fitTo: ResvgRenderOptions['fitTo']): ResvgRenderOptions => ({ fitTo, font: { loadSystemFonts: false }, logLevel: 'off' });

/** Drawn with its longer side at MAX_SIDE_PX, whatever size the file claims, so memory stays bounded. */
function drawPublished(published: string): Uint8Array {
  const { width, height } = new Resvg(published, options({ mode: 'original' }));
  const fitTo: ResvgRenderOptions['fitTo'] = height > width ? { mode: 'height', value: MAX_SIDE_PX } : { mode: 'width', value: MAX_SIDE_PX };
  return new Uint8Array(new Resvg(published, options(fitTo)).render().asPng());
}

export function svgToPng(svg: Uint8Array): Uint8Array {
  return drawPublished(sanitizeSvg(new TextDecoder().decode(svg)));
}

/** Why an SVG logo cannot be published, or undefined when it draws. */
export function svgLogoRefusal(svg: Uint8Array): 'logo-too-complex' | 'logo-not-drawable' | undefined {
  const published = sanitizeSvg(new TextDecoder().decode(svg));
  if (expandedElementCount(published, MAX_LOGO_ELEMENTS) > MAX_LOGO_ELEMENTS) return 'logo-too-complex';
  try {
    drawPublished(published);
    return undefined;
  } catch {
    return 'logo-not-drawable';
  }
}
