/**
 * Checks that an MDX body is declarative: Markdown plus the components aanbodgids provides, with
 * text attributes. ESM (import/export), {expressions} and any other JSX are code, which content
 * may never run at build time or in a visitor's browser; each is a problem naming its line.
 */
import type { Problem } from '../validate/problem.ts';
import { nearest } from '../validate/suggest.ts';
import { COMPONENT_NAMES, CONTENT_COMPONENTS, componentNamed, isWebAddress } from './content-components.ts';

/** The parts of an MDX syntax tree (mdast with MDX nodes) this check reads. */
export interface MdxNode {
  type: string;
  name?: string | null;
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

function visit(node: MdxNode, file: string, problems: Problem[]): void {
  const place = { file, line: node.position?.start.line };
  switch (node.type) {
    case 'mdxjsEsm':
      problems.push({ ...place, kind: 'mdx-code' });
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      problems.push({ ...place, kind: 'mdx-expression' });
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
