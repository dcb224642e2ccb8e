/**
 * A description from a spreadsheet as the body of an intervention file. Markdown is kept (lists
 * and headings are what providers write), but a provider's text can never become HTML or code:
 * - without aanbodgids's own components (`<Kader>`, `<Citaat>`, `<Video>`) the body is plain
 *   Markdown (.md) and every `<` is written `&lt;`; `{` needs nothing there;
 * - with them (a description exported from an .mdx file) it is MDX, so the components keep
 *   working: only their tags stay tags, every other `<` becomes `&lt;` and every `{` `&#123;`,
 *   and the build still checks the result like any other MDX body.
 */
import { CONTENT_COMPONENTS } from '../markdown/content-components.ts';

export interface SheetBody {
  body: string;
  format: 'md' | 'mdx';
}

const COMPONENT_TAG = new RegExp(
  `</?(?:${CONTENT_COMPONENTS.flatMap((component) => [component.name, ...component.aliases]).join('|')})(?=[\\s/>])`,
);

/** `<` that does not open or close one of the components, and `{` (an MDX expression). */
const UNSAFE_IN_MDX = new RegExp(`${COMPONENT_TAG.source}|<|\\{`, 'g');

export function bodyFromSheet(text: string): SheetBody {
  const normal = text.replace(/\r\n?/g, '\n').trim();
  if (!COMPONENT_TAG.test(normal)) return { body: normal.replaceAll('<', '&lt;'), format: 'md' };
  const body = normal.replace(UNSAFE_IN_MDX, (match) => (match === '<' ? '&lt;' : match === '{' ? '&#123;' : match));
  return { body, format: 'mdx' };
}
