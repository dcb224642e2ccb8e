/**
 * Every kind of broken content gets a problem that names the file, the field and the value,
 * and all problems come out of one run.
 */
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/integration/read-content.ts';
import { formatProblem } from '../../src/core/validate/problem.ts';
import { validateCatalogue } from '../../src/core/validate/validate-catalogue.ts';
import { contentWith, leesclub } from '../support/content-fixture.ts';

/** Reads and validates a changed copy of the minimal catalogue, returning the report lines. */
function problemsWith(changes: Record<string, string | null>): string[] {
  const dir = contentWith(changes);
  const { content, problems } = readContent(dir);
  const result = validateCatalogue(content, problems);
  if (result.ok) return [];
  return result.problems.map((problem) => formatProblem(problem).replaceAll(`${dir}/`, ''));
}

describe('references', () => {
  test('an unknown domain id is named with the domains that exist', () => {
    expect(problemsWith({ 'interventions/leesclub.mdx': leesclub({ domain: 'lezn' }) })).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: domain "lezn" is not a domain in site.yaml
          Use one of: lezen, bewegen; or add the domain to site.yaml.",
      ]
    `);
  });

  test('an unknown provider id is named', () => {
    expect(problemsWith({ 'interventions/leesclub.mdx': leesclub({ provider: 'bieb' }) })).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: provider "bieb" is not a provider
          Add providers/bieb.yaml, or use the id of an existing provider file.",
      ]
    `);
  });

  test('a choice of an intervention that does not exist is named', () => {
    const school = 'name: De Linde\ntype: po\npupils: 10\nchoices:\n  - intervention: leesklub\n';
    expect(problemsWith({ 'schools/de-linde.yaml': school })).toMatchInlineSnapshot(`
      [
        "schools/de-linde.yaml: choices[0].intervention "leesklub" is not an intervention
          Use the file name (without .mdx) of an intervention.",
      ]
    `);
  });
});

describe('fields', () => {
  test('a missing required field is named', () => {
    expect(problemsWith({ 'interventions/leesclub.mdx': leesclub({ summary: '' }) })).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: summary is required but missing
          Add the field (expected string).",
      ]
    `);
  });

  test('a value outside an enum is named with the allowed values', () => {
    expect(problemsWith({ 'interventions/leesclub.mdx': leesclub({ offer: 'soms', schoolTypes: '[po, mbo]' }) })).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: offer "soms" is not one of the allowed values: fixed, optional",
        "interventions/leesclub.mdx: schoolTypes[1] "mbo" is not one of the allowed values: vve, po, so, vo",
      ]
    `);
  });

  test('negative and non-numeric numbers are named', () => {
    const school = 'name: De Linde\ntype: po\npupils: -5\nbudget: veel\n';
    expect(problemsWith({ 'schools/de-linde.yaml': school, 'interventions/leesclub.mdx': leesclub({ cost: '{ amount: -3, per: pupil }' }) }))
      .toMatchInlineSnapshot(`
        [
          "interventions/leesclub.mdx: cost.amount -3 must be 0 or more euros",
          "schools/de-linde.yaml: pupils -5 must be 0 or more",
          "schools/de-linde.yaml: budget "veel" must be a number, not string",
        ]
      `);
  });

  test('an e-mail address or web address that is not valid is an error', () => {
    const provider = 'name: Het Leeshuis\nemail: info-at-leeshuis\nwebsite: javascript:alert(1)\n';
    expect(problemsWith({ 'providers/leeshuis.yaml': provider })).toMatchInlineSnapshot(`
      [
        "providers/leeshuis.yaml: website "javascript:alert(1)" is not a valid web address (expected something like https://www.example.nl)",
        "providers/leeshuis.yaml: email "info-at-leeshuis" is not a valid e-mail address (expected something like info@example.nl)",
      ]
    `);
  });
});

describe('files', () => {
  test('malformed YAML is reported with its line', () => {
    const [problem, ...rest] = problemsWith({ 'providers/beweegteam.yaml': 'name: Beweegteam\n\temail: x@y.nl\n' });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^providers\/beweegteam\.yaml:2: is not valid YAML: Tabs are not allowed as indentation\n/);
  });

  test('a key written twice is reported with its line', () => {
    expect(problemsWith({ 'providers/beweegteam.yaml': 'name: A\nname: B\n' })[0]).toMatch(/^providers\/beweegteam\.yaml:2: is not valid YAML: Map keys must be unique/);
  });

  test('an MDX syntax error is reported with its line', () => {
    const broken = `${leesclub({})}\nEen <b>open tag.\n`;
    const [problem] = problemsWith({ 'interventions/leesclub.mdx': broken });
    expect(problem).toMatch(/^interventions\/leesclub\.mdx:12: has an MDX syntax error: Expected a closing tag for `<b>`/);
  });

  test('plain Markdown bodies may hold braces and angle brackets', () => {
    expect(problemsWith({ 'interventions/leesclub.mdx': null, 'interventions/leesclub.md': `${leesclub({})}\n{ geen code } <b>\n` })).toEqual([]);
  });

  test('two files with the same id (x.md and x.mdx) are an error', () => {
    expect(problemsWith({ 'interventions/leesclub.md': leesclub({}) })).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: has the same id "leesclub" as interventions/leesclub.md
          Ids come from file names and must be unique: rename or remove one of the two.",
      ]
    `);
  });

  test('a file name that is not an id is named with a suggestion', () => {
    expect(problemsWith({ 'providers/Het Leeshuis.yaml': 'name: X\n' })[0]).toContain('"Het Leeshuis"');
  });

  test('a missing site.yaml is named', () => {
    expect(problemsWith({ 'site.yaml': null })).toEqual([
      'site.yaml: is missing\n    Every catalogue needs a site.yaml with at least title, municipality and domains.',
    ]);
  });
});

describe('choice rules', () => {
  test('a school choosing fixed offer is an error', () => {
    const school = 'name: De Linde\ntype: po\npupils: 10\nchoices:\n  - intervention: voorleesuur\n';
    expect(problemsWith({ 'schools/de-linde.yaml': school })).toMatchInlineSnapshot(`
      [
        "schools/de-linde.yaml: choices[0].intervention "voorleesuur" is fixed offer; schools only choose optional offer
          Remove the choice (every school gets fixed offer anyway), or make the intervention optional.",
      ]
    `);
  });

  test('a school choosing an offer not meant for its type is an error', () => {
    const school = 'name: De Linde\ntype: po\npupils: 10\nchoices:\n  - intervention: zwemles-vo\n';
    expect(problemsWith({ 'schools/de-linde.yaml': school })).toMatchInlineSnapshot(`
      [
        "schools/de-linde.yaml: choices[0].intervention "zwemles-vo" is not meant for school type "po" (only for vo)
          Remove the choice, or add "po" to the intervention's schoolTypes.",
      ]
    `);
  });

  test('choosing the same intervention twice is an error', () => {
    const school = 'name: De Linde\ntype: po\npupils: 10\nchoices:\n  - intervention: leesclub\n  - intervention: leesclub\n';
    expect(problemsWith({ 'schools/de-linde.yaml': school })[0]).toContain('choices[1].intervention "leesclub" is chosen twice');
  });

  test('a reference to a file that has its own problem is not reported twice', () => {
    const problems = problemsWith({ 'providers/leeshuis.yaml': 'name: ""\n' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('providers/leeshuis.yaml: name "" must not be empty');
  });
});
