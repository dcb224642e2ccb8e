/**
 * Every page of the built demo, the test catalogue and the hostile catalogue is valid HTML, checked
 * by html-validate (a maintained validator of the HTML standard's content models and attributes,
 * with no Java), so the Nu Html Checker municipalities' audits run has nothing to flag either.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { htmlFilesOf } from '../support/built-site.ts';
import { builtSite } from '../support/fixture-sites.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The search form searches while the visitor types and on Enter: a submit button would do nothing more.
    'wcag/h32': 'off',
    // A style preference, not validity: HTML reads <!doctype html> in any case (the published reports write it lower case).
    'doctype-style': 'off',
  },
});

// The hostile fixture's bodies hold raw HTML (an img without alt), every body component and headings named like the page's own.
const sites = { demo: await builtSite('demo'), 'test catalogue': await builtSite('minimal'), 'hostile catalogue': await builtSite('hostile') };

describe.each(Object.entries(sites))('the %s', (_name, dist) => {
  const pages = htmlFilesOf(dist);

  test('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  test('has no page html-validate finds an error or warning in', async () => {
    const findings: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(path.join(dist, page), 'utf8'), page);
      for (const { messages } of report.results) {
        for (const message of messages) findings.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(findings).toEqual([]);
  });

  test('ends every page at </html>: a script after it is a stray start tag', () => {
    const strays = pages.filter((page) => !readFileSync(path.join(dist, page), 'utf8').trimEnd().endsWith('</html>'));
    expect(strays).toEqual([]);
  });
});
