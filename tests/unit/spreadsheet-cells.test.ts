import { describe, expect, test } from 'vitest';
import { readAmount } from '../../src/core/spreadsheet/amount.ts';
import { bodyFromSheet } from '../../src/core/spreadsheet/body-text.ts';
import { readCell } from '../../src/core/spreadsheet/cells.ts';
import { SHEETS } from '../../src/core/spreadsheet/columns.ts';
import { idMaker } from '../../src/core/spreadsheet/slug.ts';

describe('amounts as Dutch people write them', () => {
  test.each([
    ['€ 1.250,00', 1250],
    ['€1.250,00', 1250],
    ['1250', 1250],
    ['1.250', 1250],
    ['1.250.000', 1_250_000],
    ['12,50', 12.5],
    ['12,5', 12.5],
    [' 175 EUR ', 175],
  ])('"%s" is read as %d euros', (written, euros) => {
    expect(readAmount(written)).toEqual({ ok: true, euros });
  });

  test('a numeric cell is taken as the number it is', () => {
    expect(readAmount(12.5)).toEqual({ ok: true, euros: 12.5 });
  });

  test('"12.50" is refused with the advice to write 12,50, never guessed', () => {
    expect(readAmount('12.50')).toEqual({ ok: false, kind: 'dot-decimal', suggestion: '12,50' });
    expect(readAmount('1.2500')).toEqual({ ok: false, kind: 'dot-decimal', suggestion: '1,2500' });
  });

  test('text that is no amount is refused', () => {
    expect(readAmount('gratis')).toEqual({ ok: false, kind: 'not-an-amount' });
    expect(readAmount('1,250,00')).toEqual({ ok: false, kind: 'not-an-amount' });
  });
});

describe('ids from titles', () => {
  test('Dutch diacritics are folded and collisions numbered', () => {
    const makeId = idMaker(['zomerschool']);
    expect(makeId('Taalles voor Oekraïense kinderen')).toBe('taalles-voor-oekraiense-kinderen');
    expect(makeId('Café één')).toBe('cafe-een');
    expect(makeId('Zomerschool')).toBe('zomerschool-2');
    expect(makeId('Zomerschool')).toBe('zomerschool-3');
  });
});

describe('descriptions from a sheet', () => {
  test('keep Markdown but never become HTML', () => {
    expect(bodyFromSheet('## Aanpak\r\n\r\n- groep <5 {samen}\r\n')).toEqual({ body: '## Aanpak\n\n- groep &lt;5 {samen}', format: 'md' });
  });

  test('keep aanbodgids components as MDX, and only those: other tags and expressions stay text', () => {
    const written = '<Kader titel="Let op">groep <5 {samen}</Kader>\n\n<script>alert(1)</script> <Video src="https://example.org/v" titel="Film" />';
    expect(bodyFromSheet(written)).toEqual({
      body: '<Kader titel="Let op">groep &lt;5 &#123;samen}</Kader>\n\n&lt;script>alert(1)&lt;/script> <Video src="https://example.org/v" titel="Film" />',
      format: 'mdx',
    });
  });

  test('a word that merely starts like a component is no component', () => {
    expect(bodyFromSheet('<Videos> en <Kaderwet>')).toEqual({ body: '&lt;Videos> en &lt;Kaderwet>', format: 'md' });
  });
});

describe('yes/no and date cells', () => {
  const column = (kind: 'boolean' | 'date') => SHEETS.aanbod.find((candidate) => candidate.kind === kind)!;

  test('ja and nee are read as yes and no; other text is left for the schema to name', () => {
    expect(readCell(column('boolean'), 'Ja')).toEqual({ value: true });
    expect(readCell(column('boolean'), 'nee')).toEqual({ value: false });
    expect(readCell(column('boolean'), 'misschien')).toEqual({ value: 'misschien' });
  });

  test('a date cell, 2026-03-01 and 1-3-2026 are all read as 2026-03-01', () => {
    expect(readCell(column('date'), new Date('2026-03-01T00:00:00Z'))).toEqual({ value: '2026-03-01' });
    expect(readCell(column('date'), '2026-03-01')).toEqual({ value: '2026-03-01' });
    expect(readCell(column('date'), '1-3-2026')).toEqual({ value: '2026-03-01' });
  });
});
