/** A sheet as read from a workbook or CSV file: its headers and its rows, numbered as the spreadsheet shows them. */
import type { Cell } from './cells.ts';
import type { SheetName } from './columns.ts';
import type { FieldPath } from '../validate/problem.ts';

export interface SheetRow {
  /** The row number people see in the spreadsheet (the header is row 1). */
  row: number;
  /** One cell per header. */
  cells: Cell[];
}

export interface SheetRows {
  sheet: SheetName;
  /** The file the sheet was read from, as messages name it: `aanbod.csv`. */
  source: string;
  headers: string[];
  rows: SheetRow[];
}

export type Folder = 'interventions' | 'providers' | 'schools';

/** Where an entry of the plan came from, for messages. */
export interface Origin {
  sheet: SheetName;
  row: number;
}

/** One content file the import would write or update. */
export interface PlannedEntry {
  folder: Folder;
  id: string;
  /** The fields the sheet fills in, as the content contract names them. */
  data: Record<string, unknown>;
  /** Every field the sheet has a column for, filled in or blank: what `--update` changes. */
  fields: FieldPath[];
  /** An intervention's description, when the sheet has one. */
  body?: string;
  origin: Origin;
  /** The column the id was read or made from (`Id`, or the name it was made of), for messages. */
  idColumn?: string;
  /** The keuzes row of each of a school's choices. */
  choiceRows?: number[];
}

/** Sets a value at a field path, making the objects on the way. */
export function setField(data: Record<string, unknown>, field: FieldPath, value: unknown): void {
  let target = data;
  field.slice(0, -1).forEach((key) => {
    target[key] ??= {};
    target = target[key] as Record<string, unknown>;
  });
  target[field.at(-1)!] = value;
}
