/**
 * Mistakes that would change a figure silently: a misspelt field that would vanish, an amount with
 * a third decimal or far beyond any real price. Each is a problem naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFolder } from '../../src/integration/check-content.ts';
import { formatProblem } from '../../src/core/validate/format-problem.ts';
import { summarizeBudget } from '../../src/core/budget/budget.ts';
import { budgetView } from '../../src/core/budget/budget-view.ts';
import { contentWith, leesclub, problemsWith } from '../support/content-fixture.ts';
import { minimalContent } from '../support/fixture-sites.ts';

const siteYaml = readFileSync(path.join(minimalContent, 'site.yaml'), 'utf8');

const school = (lines: string) => `name: De Linde\ntype: po\npupils: 312\n${lines}`;

describe('unknown fields', () => {
  test('a misspelt quantity in a choice is a problem that suggests quantity, not a charge for every pupil', () => {
    const text = school('choices:\n  - intervention: leesclub\n    quantitiy: 28\n');
    expect(problemsWith({ 'schools/de-linde.yaml': text })).toMatchInlineSnapshot(`
      [
        "schools/de-linde.yaml: choices, keuze 1 bevat een onbekend veld: quantitiy
          Bij quantitiy: bedoelt u quantity? Controleer de spelling (hoofdletters tellen mee) of verwijder het veld; eigen gegevens van het team horen onder extra:. De README noemt alle velden.",
      ]
    `);
  });

  test('misspelt fields of a school, a provider, an intervention and site.yaml each suggest the nearest field', () => {
    const problems = problemsWith({
      'schools/de-linde.yaml': school('budgte: 5000\n'),
      'providers/leeshuis.yaml': 'name: Leeshuis\nwebiste: https://leeshuis.nl\n',
      'interventions/leesclub.mdx': leesclub({ capcity: '3' }),
      'site.yaml': `${siteYaml}\nmunicipalty: Vechtwaarde\n`,
    });
    expect(problems).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: bevat een onbekend veld: capcity
          Bij capcity: bedoelt u capacity? Controleer de spelling (hoofdletters tellen mee) of verwijder het veld; eigen gegevens van het team horen onder extra:. De README noemt alle velden.",
        "providers/leeshuis.yaml: bevat een onbekend veld: webiste
          Bij webiste: bedoelt u website? Controleer de spelling (hoofdletters tellen mee) of verwijder het veld; eigen gegevens van het team horen onder extra:. De README noemt alle velden.",
        "schools/de-linde.yaml: bevat een onbekend veld: budgte
          Bij budgte: bedoelt u budget? Controleer de spelling (hoofdletters tellen mee) of verwijder het veld; eigen gegevens van het team horen onder extra:. De README noemt alle velden.",
        "site.yaml: bevat een onbekend veld: municipalty
          Bij municipalty: bedoelt u municipality? Controleer de spelling (hoofdletters tellen mee) of verwijder het veld; eigen gegevens van het team horen onder extra:. De README noemt alle velden.",
      ]
    `);
  });

  test('an unknown field inside a nested block such as cost is named with its path', () => {
    expect(problemsWith({ 'interventions/leesclub.mdx': leesclub({ cost: '{ amount: 10, pre: pupil }' }) })).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: cost.per is geen toegestane waarde
          Schrijf school, leerling, groep of bijeenkomst (of in het Engels: pupil, group of session).",
        "interventions/leesclub.mdx: cost bevat een onbekend veld: pre
          Controleer de spelling (hoofdletters tellen mee) of verwijder het veld; eigen gegevens van het team horen onder extra:. De README noemt alle velden.",
      ]
    `);
  });

  test('extra holds the team\'s own data on every entry, site.yaml and each choice without a problem', () => {
    const checked = checkFolder(
      contentWith({
        'schools/de-linde.yaml': school('extra: { contact: Piet, scan: [1, 2] }\nchoices:\n  - intervention: leesclub\n    extra: { besproken: 2026-01-05 }\n'),
        'providers/leeshuis.yaml': 'name: Leeshuis\nextra:\n  contract: 2026-114\n',
        'interventions/leesclub.mdx': leesclub({ extra: '{ intern: ja }' }),
        'site.yaml': `${siteYaml}\nextra:\n  begroting: 2026-A\n`,
      }),
    );
    expect(checked.problems).toEqual([]);
    const linde = checked.catalogue?.schools.find((entry) => entry.id === 'de-linde');
    expect(linde?.extra).toEqual({ contact: 'Piet', scan: [1, 2] });
  });

  test('an empty school file is reported as empty, not as a type mismatch', () => {
    expect(problemsWith({ 'schools/de-linde.yaml': '' })).toMatchInlineSnapshot(`
      [
        "schools/de-linde.yaml: is leeg
          Vul het bestand met de velden die de README noemt, of verwijder het (of laat de naam met _ beginnen).",
      ]
    `);
  });

  test('a whole number written with a fraction or a list where fields belong are named in words people use', () => {
    expect(problemsWith({ 'schools/de-linde.yaml': 'name: De Linde\ntype: po\npupils: 12.5\nchoices: { a: 1 }\n' })).toMatchInlineSnapshot(`
      [
        "schools/de-linde.yaml: pupils 12.5 moet een heel getal zijn",
        "schools/de-linde.yaml: choices moet een lijst zijn, niet een blok met velden",
      ]
    `);
    expect(problemsWith({ 'providers/leeshuis.yaml': '- name: Leeshuis\n' })).toMatchInlineSnapshot(`
      [
        "providers/leeshuis.yaml: moet een blok met velden zijn, niet een lijst",
      ]
    `);
  });
});

describe('money and counts', () => {
  test('an amount with a third decimal is a problem, not a rounded price', () => {
    const problems = problemsWith({ 'interventions/leesclub.mdx': leesclub({ cost: '{ amount: 1.005, per: school }' }) });
    expect(problems).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: cost.amount 1.005 heeft meer dan twee decimalen
          Schrijf een bedrag in euro's met hoogstens twee cijfers achter de punt, bijvoorbeeld 12.50.",
      ]
    `);
  });

  test('half a cent is a problem, not one cent', () => {
    expect(problemsWith({ 'interventions/leesclub.mdx': leesclub({ cost: '{ amount: 0.005, per: school }' }) })).toHaveLength(1);
  });

  test('amounts, budgets and quantities beyond their maximum are problems naming the maximum', () => {
    const problems = problemsWith({
      'interventions/leesclub.mdx': leesclub({ cost: '{ amount: 1000000.01, per: school }' }),
      'schools/de-linde.yaml': school('budget: 1e300\nchoices:\n  - intervention: leesclub\n    quantity: 100001\n'),
    });
    expect(problems).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: cost.amount 1000000.01 is hoger dan het maximum van € 1.000.000,00
          Controleer het bedrag (staat de punt goed?).",
        "schools/de-linde.yaml: budget 1e+300 is hoger dan het maximum van € 100.000.000,00
          Controleer het budget (staat de punt goed?).",
        "schools/de-linde.yaml: choices, keuze 1, quantity 100001 is hoger dan het maximum van 100.000",
      ]
    `);
  });

  test('amounts at their maximum with two decimals are accepted', () => {
    const checked = checkFolder(
      contentWith({
        'interventions/leesclub.mdx': leesclub({ cost: '{ amount: 999999.99, per: school }' }),
        'schools/de-linde.yaml': school('budget: 100000000\nchoices:\n  - intervention: leesclub\n    quantity: 100000\n'),
      }),
    );
    expect(checked.problems).toEqual([]);
    expect(checked.catalogue?.interventions.find((entry) => entry.id === 'leesclub')?.cost?.amount).toBe(99_999_999);
  });

  test('a choice of 0 stays a choice, chosen for 0 pupils at € 0,00, with a warning naming it; below 0 is a problem', () => {
    const checked = checkFolder(contentWith({ 'schools/de-linde.yaml': school('choices:\n  - intervention: leesclub\n    quantity: 0\n') }));
    expect(checked.problems).toEqual([]);
    const linde = checked.catalogue!.schools.find((entry) => entry.id === 'de-linde')!;
    const view = budgetView(summarizeBudget(linde, checked.catalogue!), 'nl');
    expect(view.lines).toEqual([expect.objectContaining({ title: 'Leesclub', quantityText: '0 leerlingen', charge: '€ 0,00' })]);
    expect(view.facts[0]).toEqual({ kind: 'total', label: 'Totaal gekozen', amount: '€ 0,00' });
    const warnings = checked.warnings.filter((warning) => warning.kind === 'zero-quantity').map((warning) => formatProblem(warning, 'nl'));
    expect(warnings).toEqual([
      'schools/de-linde.yaml: choices, keuze 1, quantity is 0: de keuze "Leesclub" blijft staan en kost niets\n    Vul het aantal in dat de school afneemt, of laat quantity weg voor de standaard (1, of het aantal leerlingen bij kosten per leerling).',
    ]);
    expect(problemsWith({ 'schools/de-linde.yaml': school('choices:\n  - intervention: leesclub\n    quantity: -1\n') })).toEqual([
      'schools/de-linde.yaml: choices, keuze 1, quantity -1 moet 0 of meer zijn',
    ]);
  });

  test('an infinite budget written as .inf is a problem', () => {
    expect(problemsWith({ 'schools/de-linde.yaml': school('budget: .inf\n') })).toHaveLength(1);
  });
});

describe('the base path', () => {
  test('//host/x/, /a//b/ and /../ are problems of site.yaml basePath, not addresses on another host or above the site', () => {
    const site = siteYaml.replace(/^basePath:.*\n/m, '');
    for (const basePath of ['//host/x/', '/a//b/', '/../']) {
      const problems = problemsWith({ 'site.yaml': `${site}\nbasePath: "${basePath}"\n` });
      expect(problems).toEqual([expect.stringMatching(new RegExp(`^site\\.yaml: basePath "${basePath.replace(/\./g, '\\.')}" `))]);
    }
  });
});
