/**
 * Puts the body safety plugin into Astro's Markdown processor, which the content loaders use for
 * Markdown bodies and @astrojs/mdx extends for MDX ones (it reads the processor only once every
 * integration is set up, so adding the plugin here reaches both).
 */
import type { AstroConfig } from 'astro';
import { safeBodyPlugin } from './safe-body-plugin.ts';

export function addSafeBodyPlugin(markdown: AstroConfig['markdown']): void {
  const options = (markdown.processor as { options?: { mdastPlugins?: unknown[] } } | undefined)?.options;
  if (!Array.isArray(options?.mdastPlugins)) {
    throw new Error("aanbodgids renders intervention bodies with Astro's own Markdown processor (satteri): remove markdown.processor from astro.config.mjs.");
  }
  if (!options.mdastPlugins.includes(safeBodyPlugin)) options.mdastPlugins.push(safeBodyPlugin);
}
