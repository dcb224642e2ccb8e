/** Which MDX bodies may take Astro's cheaper Markdown path: only those that render the same either way. */
import { expect, test } from 'vitest';
import { isPlainMarkdown } from '../../src/core/markdown/plain-markdown.ts';

test('headings, lists, tables, emphasis and links are plain Markdown', () => {
  expect(isPlainMarkdown('## Wat is het?\n\n- een\n- twee\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n**Vet** en [een link](https://example.nl).\n')).toBe(true);
});

test('a body with a component, an import or an expression stays MDX', () => {
  expect(isPlainMarkdown('Tekst met <Kaart titel="x" /> erin.')).toBe(false);
  expect(isPlainMarkdown("import Kaart from '../Kaart.astro';\n\nTekst.")).toBe(false);
  expect(isPlainMarkdown('Er zijn {aantal} plaatsen.')).toBe(false);
});

test('indented code, which MDX does not have, stays MDX so it renders as before', () => {
  expect(isPlainMarkdown('Een alinea.\n\n    ingesprongen tekst\n')).toBe(false);
  expect(isPlainMarkdown('- punt\n  - dieper punt\n')).toBe(true);
});
