/**
 * Spreadsheet rows become content entries: one intervention per `aanbod` row, one provider per
 * `aanbieders` row (and one for every provider name not known yet), one school per `scholen`
 * row, and each `keuzes` row a choice of its school. References are matched by id or name;
 * whatever cannot be matched is left as written, so the validator reports it in its own words.
 */
import { nearest } from '../validate/suggest.ts';
import type { Problem } from '../validate/problem.ts';
import { isBlank, readCell, type Cell } from './cells.ts';
import { columnLetter } from './column-letter.ts';
import { columnFor, columnOfField, type Column, type SheetName } from './columns.ts';
import { Names } from './names.ts';
import { setField, type Folder, type Origin, type PlannedEntry, type SheetRow, type SheetRows } from './sheet-rows.ts';
import { idMaker } from './slug.ts';

interface KnownEntry {
  id: string;
  name?: unknown;
}

/** What the content folder holds already: matched by id or name before anything new is made. */
export interface Known {
  domains: KnownEntry[];
  providers: KnownEntry[];
  interventions: KnownEntry[];
  schools: KnownEntry[];
}

export interface ImportPlan {
  entries: PlannedEntry[];
  problems: Problem[];
  /** Headers no column answers to, per sheet: listed once and ignored. */
  unknownColumns: { sheet: SheetName; header: string }[];
}

/** How a row is named in messages, in the site's language: `aanbod, rij 5`. */
export type PlaceOf = (origin: Origin) => string;

const FOLDER_OF: Record<Exclude<SheetName, 'keuzes'>, Folder> = { aanbod: 'interventions', aanbieders: 'providers', scholen: 'schools' };
const NAME_FIELD: Record<Folder, string> = { interventions: 'title', providers: 'name', schools: 'name' };

/**
 * The first cell with a value right of the last heading. A CSV row with more cells than its
 * heading row has text split at a separator (`12,50` in a file separated by `,`): reading it
 * column by column would change a figure without a word. Rows may be sparse: holes are skipped.
 */
function cellBeyondHeadings(cells: Cell[], headings: number): number | undefined {
  let found: number | undefined;
  cells.forEach((cell, index) => {
    if (found === undefined && index >= headings && !isBlank(cell)) found = index;
  });
  return found;
}

const namesOf = (entries: KnownEntry[]) => {
  const names = new Names();
  entries.forEach(({ id, name }) => names.add(id, name));
  return names;
};

/** Reads every sheet into planned entries: providers and schools first, so the aanbod and keuzes rows can refer to them. */
export function planImport(sheets: SheetRows[], known: Known, placeOf: PlaceOf): ImportPlan {
  const planner = new ImportPlanner(sheets, known, placeOf);
  planner.readEntries('aanbieders');
  planner.readEntries('scholen');
  planner.readEntries('aanbod', (entry) => planner.linkIntervention(entry));
  planner.readChoices();
  return planner.plan;
}

/** The plan as it grows, with the names known so far (from the folder and from earlier rows). */
class ImportPlanner {
  readonly plan: ImportPlan = { entries: [], problems: [], unknownColumns: [] };
  private readonly names;
  private readonly inFolder;
  private readonly domains: Names;
  private readonly sheets: SheetRows[];
  private readonly placeOf: PlaceOf;

  constructor(sheets: SheetRows[], known: Known, placeOf: PlaceOf) {
    this.sheets = sheets;
    this.placeOf = placeOf;
    this.names = { providers: namesOf(known.providers), interventions: namesOf(known.interventions), schools: namesOf(known.schools) };
    this.inFolder = { providers: namesOf(known.providers), interventions: namesOf(known.interventions), schools: namesOf(known.schools) };
    this.domains = namesOf(known.domains.map(({ id, name }) => ({ id, name })));
  }

  private sheet(name: SheetName): SheetRows | undefined {
    return this.sheets.find((rows) => rows.sheet === name);
  }

  /** The columns of a sheet by position; unknown headers are noted once. */
  private columnsOf(rows: SheetRows): (Column | undefined)[] {
    const columns = rows.headers.map((header) => {
      const column = columnFor(rows.sheet, header);
      if (!column && header.trim()) this.plan.unknownColumns.push({ sheet: rows.sheet, header });
      return column;
    });
    const replaced = new Set(columns.flatMap((column) => (column?.replaces ? [column.replaces] : [])));
    return columns.map((column) => (column && replaced.has(column.header) ? undefined : column));
  }

  /** A row's cells as entry fields, with a problem for each cell that cannot be read. */
  private readRow(rows: SheetRows, columns: (Column | undefined)[], { row, cells }: SheetRow) {
    const beyond = cellBeyondHeadings(cells, rows.headers.length);
    if (beyond !== undefined) {
      const params = { column: columnLetter(beyond), source: rows.source };
      this.plan.problems.push({ file: this.placeOf({ sheet: rows.sheet, row }), value: cells[beyond], kind: 'cell-without-header', params });
    }
    const data: Record<string, unknown> = {};
    const values = new Map<Column, unknown>();
    columns.forEach((column, index) => {
      const cell = cells[index];
      if (!column || column.kind === 'computed' || cell === undefined || isBlank(cell)) return;
      const reading = readCell(column, cell);
      if ('problem' in reading) this.plan.problems.push({ ...reading.problem, file: this.placeOf({ sheet: rows.sheet, row }) } as Problem);
      else if (column.field && column.field.length > 0) setField(data, column.field, reading.value);
      else values.set(column, 'value' in reading ? reading.value : undefined);
    });
    const valueOf = (kind: Column['kind'] | string) => [...values].find(([column]) => column.kind === kind || column.header === kind)?.[1];
    return { data, valueOf };
  }

  /** The entries of one of the entry sheets, ids from the id column or else from the name. */
  readEntries(name: Exclude<SheetName, 'keuzes'>, onEntry?: (entry: PlannedEntry) => void): void {
    const rows = this.sheet(name);
    if (!rows) return;
    const columns = this.columnsOf(rows);
    const fields = columns.flatMap((column) => (column?.field && column.kind !== 'computed' ? [column.field] : []));
    const folder = FOLDER_OF[name];
    const explicitIds = new Set<string>();
    const readRows = rows.rows.filter(({ cells }) => !cells.every(isBlank)).map((row) => ({ row, ...this.readRow(rows, columns, row) }));
    readRows.forEach(({ valueOf }) => typeof valueOf('id') === 'string' && explicitIds.add(valueOf('id') as string));
    const makeId = idMaker(explicitIds);
    for (const { row, data, valueOf } of readRows) {
      const title = data[NAME_FIELD[folder]];
      const written = valueOf('id');
      const existing = typeof title === 'string' ? this.inFolder[folder].find(title) : undefined;
      const id = typeof written === 'string' ? written : (existing ?? makeId(typeof title === 'string' ? title : ''));
      const idColumn = typeof written === 'string' ? 'Id' : columnOfField(name, [NAME_FIELD[folder]])?.header;
      const entry: PlannedEntry = { folder, id, data, fields, origin: { sheet: name, row: row.row }, ...(idColumn && { idColumn }) };
      const body = valueOf('body');
      if (typeof body === 'string' || columns.some((column) => column?.kind === 'body')) entry.body = typeof body === 'string' ? body : '';
      this.names[folder].add(id, title);
      onEntry?.(entry);
      this.plan.entries.push(entry);
    }
  }

  /** An intervention's domain and provider by id where the row names them. */
  linkIntervention({ data, origin }: PlannedEntry): void {
    if (typeof data.domain === 'string') data.domain = this.domains.find(data.domain) ?? data.domain;
    if (typeof data.provider === 'string' && data.provider) data.provider = this.providerFor(data.provider, origin);
  }

  /** The id of a provider named in the aanbod sheet; a name not known yet becomes a new provider. */
  private providerFor(written: string, origin: Origin): string {
    const found = this.names.providers.find(written);
    if (found) return found;
    const id = idMaker(this.names.providers.words())(written);
    this.names.providers.add(id, written);
    const idColumn = columnOfField('aanbod', ['provider'])?.header;
    this.plan.entries.push({ folder: 'providers', id, data: { name: written.trim() }, fields: [['name']], origin, ...(idColumn && { idColumn }) });
    return id;
  }

  readChoices(): void {
    const rows = this.sheet('keuzes');
    if (!rows) return;
    const columns = this.columnsOf(rows);
    for (const row of rows.rows.filter(({ cells }) => !cells.every(isBlank))) {
      const { data, valueOf } = this.readRow(rows, columns, row);
      const origin = { sheet: 'keuzes' as const, row: row.row };
      const writtenSchool = String(valueOf('School-id') ?? valueOf('School') ?? '');
      const schoolId = this.names.schools.find(writtenSchool);
      if (!schoolId) {
        const suggestions = nearest(writtenSchool, this.names.schools.words(), 2);
        this.plan.problems.push({ file: this.placeOf(origin), field: ['School'], value: writtenSchool, kind: 'unknown-school', params: { suggestions } });
        continue;
      }
      if (typeof data.intervention === 'string') data.intervention = this.names.interventions.find(data.intervention) ?? data.intervention;
      const school = this.schoolEntry(schoolId, origin);
      (school.data.choices as unknown[]).push(data);
      school.choiceRows!.push(row.row);
    }
  }

  /** The planned school a choice belongs to; a school only in the folder gets an entry that sets its choices. */
  private schoolEntry(id: string, origin: Origin): PlannedEntry {
    let school = this.plan.entries.find((entry) => entry.folder === 'schools' && entry.id === id);
    if (!school) {
      school = { folder: 'schools', id, data: {}, fields: [], origin };
      this.plan.entries.push(school);
    }
    if (!school.choiceRows) {
      school.data.choices = [];
      school.choiceRows = [];
      school.fields = [...school.fields, ['choices']];
    }
    return school;
  }
}
