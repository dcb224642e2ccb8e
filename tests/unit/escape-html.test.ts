import { expect, test } from 'vitest';
import { escapeHtml } from '../../src/core/strings/escape-html.ts';

test('every character HTML gives a meaning becomes a reference, so content text never turns into markup', () => {
  expect(escapeHtml(`<a href="x" title='y'>A & B</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;A &#38; B&#60;/a&#62;');
});

test('text without those characters is left as written', () => {
  expect(escapeHtml('Muziekles in de klas: € 780,00 per groep')).toBe('Muziekles in de klas: € 780,00 per groep');
});
