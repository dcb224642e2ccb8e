/**
 * Whether an MDX body is plain Markdown: no ESM (import/export), no JSX or HTML (`<`), no
 * expressions (`{`), and no indented code (which MDX does not have, so such text would render
 * differently as Markdown). Such a body gives the same HTML through Astro's Markdown path,
 * which costs about half of compiling it as an MDX module (measured in bench/README.md).
 */
const ESM_LINE = /^(?:import|export)\s/m;
const CODE_OR_TAG = /[<{]/;
/** A line indented four spaces or a tab after a blank line: indented code in Markdown, a paragraph in MDX. */
const INDENTED_CODE = /(?:^|\n)[ \t]*\n(?: {4}|\t)\S/;

export function isPlainMarkdown(mdxBody: string): boolean {
  return !ESM_LINE.test(mdxBody) && !CODE_OR_TAG.test(mdxBody) && !INDENTED_CODE.test(mdxBody);
}
