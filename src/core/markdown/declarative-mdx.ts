/**
 * Checks that an MDX body is declarative: Markdown plus the components aanbodgids provides, with
 * text attributes. ESM (import/export), {expressions} and any other JSX are code, which content
 * may never run at build time or in a visitor's browser; each is a problem naming its line. A
 * comment (`{/* … *\/}`, MDX's way to leave a note) runs nothing and is allowed: MDX compiles it
 * to nothing, and the brochures and open data skip expressions.
 */
import type { Problem } from '../validate/problem.ts';
import { nearest } from '../validate/suggest.ts';
import { COMPONENT_NAMES, CONTENT_COMPONENTS, componentNamed, isWebAddress } from './content-components.ts';

/** The parts of an MDX syntax tree (mdast with MDX nodes) this check reads. */
export interface MdxNode {
  type: string;
  name?: string | null;
  /** An expression's source, between its braces. */
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

const ALL_NAMES = CONTENT_COMPONENTS.flatMap((component) => [component.name, ...component.aliases]);

function checkComponent(node: MdxNode, place: { file: string; line?: number }, problems: Problem[]): void {
  const component = componentNamed(node.name);
  const name = node.name ?? '';
  if (!component) {
    problems.push({ ...place, kind: 'mdx-unknown-component', params: { name, allowed: COMPONENT_NAMES, suggestions: nearest(name, ALL_NAMES) } });
    return;
  }
  const written = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    const known = attribute.type === 'mdxJsxAttribute' && attribute.name !== undefined && attribute.name in component.attributes;
    if (!known || typeof attribute.value !== 'string') {
      const attributeName = attribute.name ?? '{…}';
      problems.push({ ...place, kind: 'mdx-component-attribute', params: { component: component.name, attribute: attributeName, allowed: Object.keys(component.attributes) } });
      continue;
    }
    const own = component.attributes[attribute.name as string] as string;
    written.add(own);
    if (own === 'src' && !isWebAddress(attribute.value)) {
      problems.push({ ...place, kind: 'mdx-not-a-web-address', params: { component: component.name, attribute: attribute.name as string } });
    }
  }
  for (const own of component.required.filter((required) => !written.has(required))) {
    const names = Object.keys(component.attributes).filter((writtenName) => component.attributes[writtenName] === own);
    problems.push({ ...place, kind: 'mdx-missing-attribute', params: { component: component.name, attribute: names[0] ?? own } });
  }
}

/**
 * Whether an expression holds comments and white space only. Read left to right as JavaScript
 * does (a `//` comment ends at the line's end, a `/*` one at the first `*\/`), so no code can
 * hide after what looks like a comment.
 */
export function isOnlyComments(source: string): boolean {
  let at = 0;
  while (at < source.length) {
    if (/\s/.test(source[at]!)) at += 1;
    else if (source.startsWith('//', at)) at = source.includes('\n', at) ? source.indexOf('\n', at) + 1 : source.length;
    else if (source.startsWith('/*', at)) {
      const end = source.indexOf('*/', at + 2);
      if (end === -1) return false;
      at = end + 2;
    } else return false;
  }
  return true;
}

function visit(node: MdxNode, file: string, problems: Problem[]): void {
  const place = { file, line: node.position?.start.line };
  switch (node.type) {
    case 'mdxjsEsm':
      problems.push({ ...place, kind: 'mdx-code' });
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isOnlyComments(node.value ?? '')) problems.push({ ...place, kind: 'mdx-expression' });
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkComponent(node, place, problems);
      break;
  }
  for (const child of node.children ?? []) visit(child, file, problems);
}

/** Every problem of a parsed MDX body, in the order they occur. */
export function declarativeMdxProblems(tree: MdxNode, file: string): Problem[] {
  const problems: Problem[] = [];
  visit(tree, file, problems);
  return problems;
}
