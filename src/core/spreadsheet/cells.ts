/**
 * One cell as the content value its column holds. Text is kept as written and left to the
 * schema, so a wrong value gets the build's own message; only amounts are read here, because
 * Dutch notation needs rules the schema cannot know.
 */
import { parse } from 'yaml';
import type { Column } from './columns.ts';
import { readAmount } from './amount.ts';
import type { Problem } from '../validate/problem.ts';

/** A cell as a spreadsheet library hands it over. */
export type Cell = string | number | boolean | Date | undefined;

export type CellReading = { value: unknown } | { problem: Omit<Problem, 'file'> };

export const isBlank = (cell: Cell) => cell === undefined || (typeof cell === 'string' && cell.trim() === '');

const textOf = (cell: Exclude<Cell, undefined>) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell));

const splitList = (text: string) => text.split(/[,;\n]/).map((item) => item.trim()).filter(Boolean);

function readNumber(cell: Exclude<Cell, undefined>): unknown {
  if (typeof cell === 'number') return cell;
  const text = textOf(cell).trim();
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

const YES_NO = new Map([['ja', true], ['nee', false], ['yes', true], ['no', false], ['true', true], ['false', false], ['waar', true], ['onwaar', false]]);

/** ja or nee (yes, no, true, false, or a checkbox cell); anything else is left for the schema to name. */
function readBoolean(cell: Exclude<Cell, undefined>): unknown {
  if (typeof cell === 'boolean') return cell;
  const text = textOf(cell).trim();
  return YES_NO.get(text.toLowerCase()) ?? text;
}

/** A date cell, or text as 2026-03-01 or as Dutch people write it, 1-3-2026; anything else is left for the schema. */
function readDate(cell: Exclude<Cell, undefined>): unknown {
  const text = textOf(cell).trim();
  const dutch = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(text);
  return dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : text;
}

/** The team's own fields written as YAML or JSON; the schema checks that they make a map. */
function readMap(column: Column, text: string): CellReading {
  try {
    return { value: parse(text) };
  } catch (error) {
    const parserMessage = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    return { problem: { kind: 'yaml-syntax', field: [column.header], value: text, params: { parserMessage } } };
  }
}

/** What a non-blank cell of this column means; blank cells mean "not set" and are not read. */
export function readCell(column: Column, cell: Exclude<Cell, undefined>): CellReading {
  const field = [column.header];
  switch (column.kind) {
    case 'amount': {
      const reading = typeof cell === 'number' ? readAmount(cell) : readAmount(textOf(cell));
      if (reading.ok) return { value: reading.euros };
      const value = textOf(cell);
      return reading.kind === 'dot-decimal'
        ? { problem: { kind: 'dot-decimal', field, value, params: { suggestion: reading.suggestion } } }
        : { problem: { kind: 'not-an-amount', field, value } };
    }
    case 'integer':
      return { value: readNumber(cell) };
    case 'list':
      return { value: splitList(textOf(cell)).map((word) => column.words?.normalise(word) ?? word) };
    case 'vocabulary':
      return { value: column.words?.normalise(textOf(cell).trim()) ?? textOf(cell).trim() };
    case 'boolean':
      return { value: readBoolean(cell) };
    case 'date':
      return { value: readDate(cell) };
    case 'map':
      return readMap(column, textOf(cell));
    case 'body':
      return { value: textOf(cell).replace(/\r\n?/g, '\n').trim() };
    default:
      // Spaces around a typed value go; a final line break stays, so multi-line text comes back exactly as exported.
      return { value: textOf(cell).replace(/^[ \t]+|[ \t]+$/g, '') };
  }
}
