import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = path.join(path.resolve(process.env.CONTENT_DIR ?? '../../content'), 'interventions');

export const collections = {
  interventions: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base }) }),
};
