/**
 * The text of a content file the import writes: a new file from the sheet's fields, or an
 * existing one with only the sheet's fields changed. Existing files are edited as YAML documents,
 * so comments, field order, hand-written fields and an intervention's body stay as they were.
 */
import { isMap, parseDocument, stringify } from 'yaml';
import { bodyFromSheet } from '../../core/spreadsheet/body-text.ts';
import type { PlannedEntry } from '../../core/spreadsheet/sheet-rows.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(\r?\n|$)/;

const valueAt = (data: Record<string, unknown>, field: readonly (string | number)[]) =>
  field.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);

export function newFileText(entry: PlannedEntry): string {
  const yaml = stringify(entry.data, { lineWidth: 0 });
  if (entry.folder !== 'interventions') return yaml;
  return `---\n${yaml}---\n\n${bodyFromSheet(entry.body ?? '').body}\n`;
}

function updatedYaml(yaml: string, entry: PlannedEntry): string {
  const document = parseDocument(yaml);
  for (const field of entry.fields) {
    const value = valueAt(entry.data, field);
    if (value === undefined) document.deleteIn(field);
    else document.setIn(field, value);
    // A block left without fields (cost without amount and per) is removed, not left empty.
    const parent = field.slice(0, -1);
    const block = parent.length > 0 ? document.getIn(parent, true) : undefined;
    if (isMap(block) && block.items.length === 0) document.deleteIn(parent);
  }
  return document.toString({ lineWidth: 0 });
}

/** The existing file with the sheet's fields changed and everything else kept. */
export function updatedFileText(existing: string, entry: PlannedEntry): string {
  if (entry.folder !== 'interventions') return updatedYaml(existing, entry);
  const match = FRONTMATTER.exec(existing);
  if (!match) return existing;
  const body = existing.slice(match[0].length);
  return `---\n${updatedYaml(match[1] ?? '', entry)}---\n${body}`;
}
