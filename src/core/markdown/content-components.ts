/**
 * The components an intervention's MDX body may use: a small, fixed set that aanbodgids itself
 * renders on the page (body-html) and draws in the brochure (markdown-blocks). Content names them
 * and fills in text attributes; it never brings code of its own, so a body is data, not a program.
 */

export type ComponentKind = 'callout' | 'quote' | 'video';

export interface ContentComponent {
  kind: ComponentKind;
  /** The Dutch name content writes, e.g. `<Kader>`. */
  name: string;
  /** Other names accepted for it (English). */
  aliases: string[];
  /** Attributes by the name written, mapped to the component's own (Dutch names and English aliases). */
  attributes: Record<string, string>;
  required: string[];
  /** Whether it wraps Markdown text; one without children is written `<Video ... />`. */
  hasChildren: boolean;
}

export const CONTENT_COMPONENTS: ContentComponent[] = [
  { kind: 'callout', name: 'Kader', aliases: ['Callout'], attributes: { titel: 'title', title: 'title' }, required: [], hasChildren: true },
  { kind: 'quote', name: 'Citaat', aliases: ['Quote'], attributes: { bron: 'source', source: 'source' }, required: ['source'], hasChildren: true },
  { kind: 'video', name: 'Video', aliases: [], attributes: { src: 'src', titel: 'title', title: 'title' }, required: ['src', 'title'], hasChildren: false },
];

/** Names a writer may use, for messages: `Kader, Citaat, Video`. */
export const COMPONENT_NAMES = CONTENT_COMPONENTS.map((component) => component.name);

export const componentNamed = (name: string | null | undefined): ContentComponent | undefined =>
  CONTENT_COMPONENTS.find((component) => component.name === name || component.aliases.includes(name ?? ''));

/** A video is only ever a link to a web address: no other scheme reaches the page or the PDF. */
export const isWebAddress = (value: string): boolean => /^https?:\/\/[^\s"'<>]+$/i.test(value);

/** A component's attributes by its own names (`title`, `source`, `src`); only string values count. */
export function componentAttributes(component: ContentComponent, attributes: { name?: string; value?: unknown }[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const attribute of attributes) {
    const own = attribute.name === undefined ? undefined : component.attributes[attribute.name];
    if (own && typeof attribute.value === 'string') values[own] = attribute.value;
  }
  return values;
}

/** Something per kind (the page's components) under every name content may write it with. */
export const componentsByName = <T>(byKind: Record<ComponentKind, T>): Record<string, T> =>
  Object.fromEntries(CONTENT_COMPONENTS.flatMap((component) => [component.name, ...component.aliases].map((name) => [name, byKind[component.kind]])));
