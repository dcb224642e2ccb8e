/**
 * aanbodgids's body components as brochure blocks, so the PDF shows what the page shows: a callout
 * as an indented block under its bold title, a quote with its source, a video as its title and
 * address (a printed page cannot play it).
 */
import type { Block } from '../../brochure/blocks.ts';
import { componentAttributes, componentNamed, isWebAddress } from '../../core/markdown/content-components.ts';

export interface JsxElement {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: unknown[];
}

export function componentBlocks(element: JsxElement, blocksOf: (children: unknown[]) => Block[]): Block[] {
  const component = componentNamed(element.name);
  // The content check admits no other element; anything else would be code, never text.
  if (!component) return [];
  const attributes = componentAttributes(component, element.attributes);
  const inner = blocksOf(element.children);
  switch (component.kind) {
    case 'callout':
      return [{ kind: 'quote', tag: 'Aside', ...(attributes.title ? { title: attributes.title } : {}), blocks: inner }];
    case 'quote':
      return [{ kind: 'quote', tag: 'BlockQuote', blocks: [...inner, ...(attributes.source ? [{ kind: 'paragraph', runs: [{ text: `— ${attributes.source}` }] } satisfies Block] : [])] }];
    case 'video':
      // "Video" is the same word in Dutch and English; the address is printed in full to be typed or scanned.
      return [{ kind: 'paragraph', runs: [{ text: `Video: ${attributes.title ?? ''}`, strong: true }, { text: ' ' }, { text: attributes.src ?? '', ...(isWebAddress(attributes.src ?? '') ? { href: attributes.src } : {}) }] }];
  }
}
