/**
 * Amounts as Dutch people write them in a spreadsheet, read without guessing: a numeric cell is
 * a number; text may be `€ 1.250,00`, `1250`, `1.250` (a dot before exactly three digits groups
 * thousands) or `12,50`. `12.50` is refused: in Dutch it is not clear whether that dot groups
 * thousands or marks cents, so the writer is asked for `12,50`. Bounds and decimals are then the
 * schema's business, as for any amount in a content file.
 */
export type AmountReading =
  | { ok: true; euros: number }
  | { ok: false; kind: 'dot-decimal'; suggestion: string }
  | { ok: false; kind: 'not-an-amount' };

const WHOLE = /^-?\d+$/;
const GROUPED = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_DECIMAL = /^-?\d+,\d+$/;
const DOT_DECIMAL = /^-?\d+\.\d+$/;

/** Reads a cell that should hold euros; the text is trimmed of `€`, `EUR` and spaces first. */
export function readAmount(cell: string | number): AmountReading {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, euros: cell } : { ok: false, kind: 'not-an-amount' };
  const text = cell.replace(/€|\beur\b|\s/gi, '');
  if (WHOLE.test(text) || GROUPED.test(text) || COMMA_DECIMAL.test(text)) {
    return { ok: true, euros: Number(text.replaceAll('.', '').replace(',', '.')) };
  }
  if (DOT_DECIMAL.test(text)) return { ok: false, kind: 'dot-decimal', suggestion: text.replace('.', ',') };
  return { ok: false, kind: 'not-an-amount' };
}
