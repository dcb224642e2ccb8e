/**
 * The fields a schema knows at a place in a file, so an unknown field can be answered with the
 * nearest known one ("quantitiy: bedoelt u quantity?"). Walks the schema along the path
 * through objects, lists, optional and default values and transforms.
 */
import type { z } from 'astro/zod';

type Def = { type: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; in?: unknown; out?: unknown };

const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** Skips the wrappers that do not change which fields an object has. */
function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let depth = 0; depth < 20; depth++) {
    const def = defOf(current);
    if (!def) return current;
    if (def.innerType !== undefined) current = def.innerType;
    else if (def.type === 'pipe') current = defOf(def.in)?.type === 'transform' ? def.out : def.in;
    else return current;
  }
  return current;
}

/** The field names of the object at `path` in data parsed by `schema`; empty when it is not an object. */
export function knownFieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = unwrap(schema);
  for (const key of path) {
    const def = defOf(current);
    if (def?.type === 'object' && typeof key === 'string') current = unwrap(def.shape?.[key]);
    else if (def?.type === 'array' && typeof key === 'number') current = unwrap(def.element);
    else return [];
  }
  const def = defOf(current);
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
