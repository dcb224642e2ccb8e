/** Turns zod issues into problems people can act on: field path, the value written, and what was expected. */
import type { z } from 'astro/zod';
import { fieldPath, type Problem } from './problem.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(issue: z.core.$ZodIssue, value: unknown): { message: string; hint?: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { message: 'is required but missing', hint: `Add the field (expected ${issue.expected}).` };
      return { message: `must be a ${issue.expected}, not ${value === null ? 'empty' : typeof value}` };
    case 'invalid_value':
      return { message: `is not one of the allowed values: ${issue.values.map((v) => String(v)).join(', ')}` };
    case 'unrecognized_keys':
      return { message: `has unknown fields: ${issue.keys.join(', ')}` };
    case 'too_small':
      if (issue.origin === 'array') return { message: issue.message.startsWith('Too small') ? `needs at least ${issue.minimum} item(s)` : issue.message };
      return { message: issue.message.startsWith('Too small') ? `must be at least ${issue.minimum}` : issue.message };
    default:
      return { message: issue.message };
  }
}

/** Problems for every issue of a failed parse, each with the value that was actually written. */
export function problemsFromZod(file: string, data: unknown, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const value = valueAt(data, issue.path);
    const { message, hint } = describe(issue, value);
    const problem: Problem = { file, message };
    if (issue.path.length > 0) problem.field = fieldPath(issue.path);
    if (value !== undefined && (typeof value !== 'object' || value === null)) problem.value = value;
    if (hint) problem.hint = hint;
    return problem;
  });
}
