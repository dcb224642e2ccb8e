/**
 * Images in a Markdown or MDX body that would load from another host: `![alt](https://elders.example/p.gif)`
 * and `![alt][ref]` whose definition names one. The site makes no requests to other hosts, so
 * such an image is shown as its alt text (safe-body-plugin.ts) and reported as a warning.
 */
import { isSiteAddress } from './sanitize-html.ts';

/** The parts of a Markdown syntax tree (mdast) this reads. */
export interface ImageNode {
  type: string;
  url?: string;
  identifier?: string;
  alt?: string | null;
  children?: readonly ImageNode[];
  position?: { start: { line: number } };
}

/** Every reference definition's address by its (normalised) identifier; the first definition wins, as in Markdown. */
export function definitionAddresses(tree: ImageNode): Map<string, string> {
  const addresses = new Map<string, string>();
  const visit = (node: ImageNode): void => {
    if (node.type === 'definition' && node.identifier !== undefined && node.url !== undefined && !addresses.has(node.identifier)) addresses.set(node.identifier, node.url);
    node.children?.forEach(visit);
  };
  visit(tree);
  return addresses;
}

/** The address an image loads from: its own, or its definition's; undefined for a reference without one. */
export function imageAddress(node: ImageNode, definitions: Map<string, string>): string | undefined {
  if (node.type === 'image') return node.url;
  if (node.type === 'imageReference' && node.identifier !== undefined) return definitions.get(node.identifier);
  return undefined;
}

/** Whether an image with this address would load from another host (an address that is no address counts too). */
export const isOtherHostImage = (address: string | undefined): boolean => address !== undefined && !isSiteAddress(address);

/** The images of a body that load from another host, with their address and line. */
export function otherHostImages(tree: ImageNode): { address: string; line?: number }[] {
  const definitions = definitionAddresses(tree);
  const found: { address: string; line?: number }[] = [];
  const visit = (node: ImageNode): void => {
    const address = imageAddress(node, definitions);
    if (address !== undefined && isOtherHostImage(address)) found.push({ address, line: node.position?.start.line });
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}
