/**
 * The text of a content file the import writes: a new file from the sheet's fields, or an
 * existing one with only the sheet's fields changed. Existing files are edited as YAML documents,
 * so comments, field order, hand-written fields and an intervention's body stay as they were; a
 * field whose value the sheet repeats is not touched at all, so an unchanged sheet changes no byte.
 */
import { isDeepStrictEqual } from 'node:util';
import { extractFrontmatter } from 'astro/markdown';
import { isCollection, isMap, isNode, isSeq, parseDocument, stringify, type Document } from 'yaml';
import { bodyFromSheet } from '../../core/spreadsheet/body-text.ts';
import type { PlannedEntry } from '../../core/spreadsheet/sheet-rows.ts';
import type { FieldPath } from '../../core/validate/problem.ts';

const BYTE_ORDER_MARK = '\uFEFF';

const valueAt = (data: Record<string, unknown>, field: FieldPath) =>
  field.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function newFileText(entry: PlannedEntry): string {
  const yaml = stringify(entry.data, { lineWidth: 0 });
  if (entry.folder !== 'interventions') return yaml;
  return `---\n${yaml}---\n\n${bodyFromSheet(entry.body ?? '').body}\n`;
}

/** Removes a field that is there, then the blocks it leaves without fields (cost without amount and per). */
function deleteField(document: Document, field: FieldPath): void {
  if (!document.hasIn(field)) return;
  document.deleteIn(field);
  for (let depth = field.length - 1; depth > 0; depth--) {
    const block = document.getIn(field.slice(0, depth), true);
    if (!isMap(block) || block.items.length > 0) break;
    document.deleteIn(field.slice(0, depth));
  }
}

/** Sets a field as a new node, first replacing anything on its way that is not a block (`cost: ~`). */
function replaceField(document: Document, field: FieldPath, value: unknown): void {
  for (let depth = 1; depth < field.length; depth++) {
    const onTheWay = document.getIn(field.slice(0, depth), true);
    if (onTheWay !== undefined && !isCollection(onTheWay)) document.deleteIn(field.slice(0, depth));
  }
  document.setIn(field, document.createNode(value));
}

/**
 * Gives a field the sheet's value, changing as little as it can: a block or list of the same shape
 * is changed item by item, so the comments and layout of the items the sheet leaves alone stay.
 * Returns whether anything changed.
 */
function setField(document: Document, field: FieldPath, value: unknown): boolean {
  const node = document.getIn(field, true);
  const current: unknown = isNode(node) ? node.toJSON() : node;
  if (isDeepStrictEqual(current, value)) return false;
  if (value === undefined) deleteField(document, field);
  else if (isSeq(node) && Array.isArray(value)) {
    value.forEach((item, index) => setField(document, [...field, index], item));
    for (let index = node.items.length - 1; index >= value.length; index--) document.deleteIn([...field, index]);
  } else if (isMap(node) && isPlainObject(value)) {
    const keys = new Set([...node.items.map((pair) => (isNode(pair.key) ? pair.key.toJSON() : pair.key)), ...Object.keys(value)]);
    for (const key of keys) setField(document, [...field, key as string], value[key as string]);
  } else replaceField(document, field, value);
  return true;
}

/** The YAML with the sheet's fields set, or undefined when the sheet changes none of them. */
function updatedYaml(yaml: string, entry: PlannedEntry): string | undefined {
  const document = parseDocument(yaml);
  const changed = entry.fields.map((field) => setField(document, field, valueAt(entry.data, field)));
  return changed.includes(true) ? document.toString({ lineWidth: 0, flowCollectionPadding: false }) : undefined;
}

/**
 * The existing file with the sheet's fields changed and everything else kept, byte for byte when
 * nothing changes. The frontmatter is found as the build finds it (after a byte order mark too).
 */
export function updatedFileText(existing: string, entry: PlannedEntry): string {
  const mark = existing.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK : '';
  const source = existing.slice(mark.length);
  if (entry.folder !== 'interventions') return mark + (updatedYaml(source, entry) ?? source);
  const frontmatter = extractFrontmatter(source);
  // Without frontmatter the file is left alone: reading the folder has already reported it.
  if (frontmatter === undefined) return existing;
  const start = source.indexOf(`---${frontmatter}---`);
  const yaml = updatedYaml(frontmatter, entry);
  if (yaml === undefined) return existing;
  return `${mark}${source.slice(0, start)}---\n${yaml}---${source.slice(start + frontmatter.length + 6)}`;
}
