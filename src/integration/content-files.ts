/**
 * The files the content names besides its own entries: site.yaml's logo and the images in
 * intervention bodies. Each must be a real file inside the content folder (symlinks followed),
 * and a logo's bytes must be the format its name says (an SVG logo one that can be drawn). Problems name the file and field that
 * name the path, never what the file holds.
 */
import path from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { otherHostImages, type ImageNode } from '../core/markdown/other-host-images.ts';
import { formatOfBytes, formatOfName } from '../core/theme/image-format.ts';
import type { Problem } from '../core/validate/problem.ts';
import type { RawEntry } from '../core/validate/validate-catalogue.ts';
import type { RawIntervention } from './read-content.ts';
import { MAX_LOGO_ELEMENTS, svgLogoRefusal } from './brochures/svg-logo.ts';
import { locate, readBytes, type FileRefusal } from './safe-read.ts';

const refused = (at: Pick<Problem, 'file' | 'field' | 'value' | 'line'>, refusal: FileRefusal): Problem => ({ ...at, kind: refusal });

/** site.yaml `logo.file`: inside the content folder, a file, and the format its extension names. */
function logoProblems(root: string, site: RawEntry): Problem[] {
  const name = (site.data as { logo?: { file?: unknown } } | undefined)?.logo?.file;
  const expected = typeof name === 'string' ? formatOfName(name) : undefined;
  // A name the schema refuses (an absolute path, `..`, another extension) is reported by the schema.
  if (typeof name !== 'string' || !expected || path.isAbsolute(name) || name.includes('..')) return [];
  const at = { file: site.file, field: ['logo', 'file'], value: name };
  const read = readBytes(root, path.join(root, name));
  if ('refusal' in read) return [refused(at, read.refusal)];
  const actual = formatOfBytes(read.bytes);
  if (actual !== expected) return [{ ...at, kind: 'not-its-format', params: { expected, actual: actual ?? 'unknown' } }];
  const refusal = expected === 'svg' ? svgLogoRefusal(read.bytes) : undefined;
  if (refusal === 'logo-too-complex') return [{ ...at, kind: refusal, params: { limit: MAX_LOGO_ELEMENTS } }];
  return refusal ? [{ ...at, kind: refusal }] : [];
}

/**
 * Images a Markdown or MDX body names by a path: `![alt](path)`, the form Astro resolves and copies
 * into the site. Raw `<img src>` is left to the HTML sanitiser; Astro never copies its file.
 */
function imagePaths(body: string): { target: string; line: number }[] {
  const found: { target: string; line: number }[] = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)) {
      const target = match[1];
      if (target) found.push({ target, line: index + 1 });
    }
  });
  // Addresses on the web and data: images are not files; `/x.png` means the published site's own file.
  return found.filter(({ target }) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|#)/i.test(target));
}

/** Each body image a relative path names must be a file inside the content folder. */
function bodyImageProblems(root: string, entry: RawIntervention): Problem[] {
  return imagePaths(entry.body).flatMap(({ target, line }) => {
    const file = path.resolve(path.dirname(entry.path), decodeURI(target.split(/[?#]/)[0] ?? target));
    const found = locate(root, file);
    return 'refusal' in found ? [refused({ file: entry.file, field: ['body'], value: target, line }, found.refusal)] : [];
  });
}

/** Problems of every file the content names. `root` is the content folder's real path. */
export function contentFileProblems(root: string, site: RawEntry | undefined, interventions: RawIntervention[]): Problem[] {
  return [...(site ? logoProblems(root, site) : []), ...interventions.flatMap((entry) => bodyImageProblems(root, entry))];
}

/** The tree of a body, or undefined when it does not parse (that is reported as a problem already). */
function bodyTree({ body, format }: RawIntervention): ImageNode | undefined {
  try {
    return (format === 'mdx' ? mdxToMdast(body) : markdownToMdast(body)) as ImageNode;
  } catch {
    return undefined;
  }
}

/** Warnings for body images that would load from another host; the pages show their alt text instead. */
export function otherHostImageWarnings(interventions: RawIntervention[]): Problem[] {
  return interventions.flatMap((entry) => {
    const tree = entry.body.includes('![') ? bodyTree(entry) : undefined;
    return (tree ? otherHostImages(tree) : []).map(({ address, line }): Problem => ({ file: entry.file, field: ['body'], value: address, line, kind: 'image-from-elsewhere' }));
  });
}
