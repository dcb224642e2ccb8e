/** Turns zod issues into problems people can act on: the field, the value written, and what was expected. */
import type { z } from 'astro/zod';
import { isSchemaMessage } from '../schema/messages.ts';
import { vocabularyOf } from '../schema/vocabulary.ts';
import type { FieldPath, Problem } from './problem.ts';
import { knownFieldsAt } from './known-fields.ts';
import { nearest } from './suggest.ts';

type Place = { file: string; field?: FieldPath; value?: unknown };

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const writtenType = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** A value outside a vocabulary: the words to write, Dutch first, and the nearest to what was written. */
function notAllowed(at: Place, values: readonly unknown[]): Problem {
  const vocabulary = vocabularyOf(values);
  const canonical = values.map(String);
  const dutch = vocabulary ? canonical.map((value) => vocabulary.dutchWord(value)) : canonical;
  const english = canonical.filter((value) => !dutch.includes(value));
  const written = typeof at.value === 'string' ? at.value : '';
  const suggestions = written ? nearest(written, vocabulary?.accepted ?? canonical, 2) : [];
  return { ...at, kind: 'not-allowed', params: { dutch, english, suggestions } };
}

/** Each unknown field with the nearest field the schema knows at that place. */
function unknownFields(at: Place, keys: string[], known: string[]): Problem {
  const suggestions = keys.flatMap((key) => nearest(key, known, 1).map((field) => ({ key, field })));
  return { ...at, kind: 'unknown-fields', params: { keys, suggestions } };
}

/** `written` is the value at the issue's path, also when it is an object or list (not shown in `at`). */
function problemFor(issue: z.core.$ZodIssue, at: Place, written: unknown, schema: z.ZodType): Problem {
  if (issue.path.length === 0 && (written === null || written === undefined)) return { file: at.file, kind: 'empty-file' };
  // The schemas' own checks carry a message code; the kind of problem is that code.
  if (isSchemaMessage(issue.message)) return { ...at, kind: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      if (written === undefined) return { ...at, kind: 'required', params: { expected: issue.expected } };
      // YAML reads .inf, .nan and 1e999 as numbers that are no ordinary number: zod calls them the wrong type.
      if (typeof written === 'number') return { ...at, kind: 'not-a-number' };
      return { ...at, kind: 'wrong-type', params: { expected: issue.expected, written: writtenType(written) } };
    case 'invalid_value':
      return notAllowed(at, issue.values);
    case 'unrecognized_keys':
      return unknownFields(at, issue.keys, knownFieldsAt(schema, issue.path));
    case 'too_small':
      return { ...at, kind: issue.origin === 'array' ? 'too-few' : 'too-small', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string' && typeof written === 'string') return { ...at, kind: 'too-long', params: { maximum: Number(issue.maximum), length: written.length } };
      return { ...at, kind: 'schema-other', params: { text: issue.message } };
    default:
      return { ...at, kind: 'schema-other', params: { text: issue.message } };
  }
}

/** Problems for every issue of a failed parse, each with the value that was actually written. */
export function problemsFromZod(file: string, data: unknown, error: z.ZodError, schema: z.ZodType): Problem[] {
  return error.issues.map((issue) => {
    const value = valueAt(data, issue.path);
    const at: Place = { file };
    if (issue.path.length > 0) at.field = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    if (value !== undefined && (typeof value !== 'object' || value === null)) at.value = value;
    return problemFor(issue, at, value, schema);
  });
}
