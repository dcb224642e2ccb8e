/**
 * An SVG logo as the site may serve it: drawn shapes and text only. The maintained sanitiser
 * (hast-util-sanitize) keeps an allowlist of SVG elements and presentation attributes, so scripts,
 * event attributes, foreignObject, embedded images and links are gone; then every reference that
 * could reach outside the file (href, url(...), @import) must point inside it (`#id`).
 */
import type { Element, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';

const SHAPES = ['svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'style', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern'];

const PRESENTATION = [
  'id', 'className', 'style', 'transform', 'opacity', 'fill', 'fillOpacity', 'fillRule', 'stroke', 'strokeWidth', 'strokeOpacity',
  'strokeLinecap', 'strokeLinejoin', 'strokeMiterlimit', 'strokeDasharray', 'strokeDashoffset', 'clipPath', 'clipRule', 'mask',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'textAnchor', 'dominantBaseline', 'letterSpacing', 'visibility', 'display',
  'x', 'y', 'x1', 'y1', 'x2', 'y2', 'dx', 'dy', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points', 'viewBox',
  'preserveAspectRatio', 'offset', 'stopColor', 'stopOpacity', 'gradientUnits', 'gradientTransform', 'patternUnits',
  'patternTransform', 'clipPathUnits', 'maskUnits', 'href', 'xLinkHref', 'role', 'ariaLabel', 'ariaHidden', 'version',
];

const SVG_SCHEMA: Schema = {
  tagNames: SHAPES,
  attributes: { '*': PRESENTATION },
  // Ids stay as they are: gradients and clip paths are found by them (url(#id)).
  clobber: [],
  strip: ['script', 'foreignObject'],
  protocols: {},
  allowComments: false,
  allowDoctypes: false,
};

/** `url(...)`, `@import` or an address that is not a fragment of this file. */
const OUTSIDE_REFERENCE = /url\(\s*['"]?\s*(?!#)|@import|expression\(|javascript:/i;
const REFERENCE_PROPERTIES = ['href', 'xLinkHref'];

function keepInside(node: Root | RootContent): void {
  if (node.type === 'text' && OUTSIDE_REFERENCE.test(node.value)) node.value = '';
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    for (const [name, value] of Object.entries(node.properties)) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      const outside = REFERENCE_PROPERTIES.includes(name) ? !text.startsWith('#') : OUTSIDE_REFERENCE.test(text);
      if (outside) delete node.properties[name];
    }
  }
  node.children.forEach(keepInside);
}

/** The sanitised SVG document, or an empty drawing when nothing of it is an SVG. */
export function sanitizeSvg(source: string): string {
  const tree = sanitize(htmlToHast(source, { fragment: true, space: 'svg' }) as Root, SVG_SCHEMA) as Root;
  keepInside(tree);
  const svg = tree.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
  const drawing: Element = svg ?? { type: 'element', tagName: 'svg', properties: {}, children: [] };
  // An xlink:href kept inside the file needs its namespace declared, or XML readers refuse the file.
  const xlink = toHtml(drawing, { space: 'svg' }).includes('xlink:') ? { xmlnsXLink: 'http://www.w3.org/1999/xlink' } : {};
  drawing.properties = { ...drawing.properties, xmlns: 'http://www.w3.org/2000/svg', ...xlink };
  return toHtml(drawing, { space: 'svg', closeSelfClosing: true });
}
