/** The page dev mode shows while the content has problems. */
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import type { Problem } from '../../src/core/validate/problem.ts';
import { formatProblem } from '../../src/core/validate/format-problem.ts';
import { problemPage } from '../../src/integration/problem-page.ts';

const problems: Problem[] = [
  { file: 'schools/de-linde.yaml', field: ['choices', 0, 'intervention'], value: 'voorlees-express', kind: 'unknown-intervention', params: { suggestions: ['voorleesexpress'] } },
  { file: 'providers/x.yaml', line: 3, kind: 'yaml-syntax', params: { parserMessage: '<script>alert(1)</script>' } },
];

test('the problem page lists every problem with file, field, value, problem and fix, as the terminal words them, in Dutch', () => {
  const document = parse(problemPage(problems, 'nl'));
  expect(document.querySelector('html')?.getAttribute('lang')).toBe('nl');
  expect(document.querySelector('h1')?.text).toBe('De inhoud heeft 2 problemen');
  const [first, second] = document.querySelectorAll('.problem').map((item) => item.querySelectorAll('dt, dd').map((node) => node.text));
  const terminal = problems.map((problem) => formatProblem(problem, 'nl'));
  expect(first?.filter((_, index) => index % 2 === 0)).toEqual(['Bestand', 'Veld', 'Waarde', 'Probleem', 'Oplossing']);
  expect(first).toContain('schools/de-linde.yaml');
  expect(first).toContain('"voorlees-express"');
  for (const fact of first?.filter((_, index) => index % 2 === 1) ?? []) expect(terminal[0]).toContain(fact);
  expect(second?.filter((_, index) => index % 2 === 0)).toEqual(['Bestand', 'Probleem', 'Oplossing']);
  expect(second?.[1]).toBe('providers/x.yaml:3');
});

test('the problem page speaks English for a site in English', () => {
  const document = parse(problemPage(problems, 'en'));
  expect(document.querySelector('html')?.getAttribute('lang')).toBe('en');
  expect(document.querySelector('h1')?.text).toBe('The content has 2 problems');
  expect(document.querySelectorAll('.problem dt').map((node) => node.text).slice(0, 2)).toEqual(['File', 'Field']);
});

test('content text on the problem page is escaped, never markup', () => {
  const html = problemPage(problems, 'nl');
  expect(html).not.toContain('<script>');
  expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
});
