/**
 * One budget, four renderings: the school page and the brochure the build wrote, and what
 * "Mijn keuzes" and its mail make of the same choices. For every demo school they must show the
 * same figures in the same words.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Catalogue, School } from '../../src/core/catalogue/catalogue-model.ts';
import type { ChoiceList } from '../../src/core/choosing/choice-list.ts';
import { choicesMailBody } from '../../src/core/choosing/choice-mail.ts';
import { summarizeChoosing } from '../../src/core/choosing/choosing.ts';
import { choicesView } from '../../src/islands/choosing/choices-view.ts';
import { pdfText } from '../brochure/pdf-tools.ts';
import { readPage, textOf } from '../support/built-site.ts';
import { builtSite } from '../support/fixture-sites.ts';

const demo = await builtSite('demo');
const minimal = await builtSite('minimal');
/** The catalogue as the built site hands it to "Mijn keuzes": the same data the browser computes with. */
const catalogueOf = (dist: string) => JSON.parse(readFileSync(path.join(dist, 'keuzes', 'catalogus.json'), 'utf8')) as Catalogue;
const demoCatalogue = catalogueOf(demo);

interface Rendered {
  /** Title (with the school's note), quantity in words, unit price, charge. */
  lines: string[][];
  /** Label and amount of total, budget, and left or over. */
  facts: string[][];
}

function onPage(dist: string, school: School): Rendered {
  const page = readPage(dist, `/scholen/${school.id}/`);
  const section = page.document.querySelector('section.budget');
  if (!section) throw new Error(`No budget on the page of ${school.id}`);
  // A flag beside a title (over capacity) is the page's own warning, not part of the budget line.
  for (const flag of section.querySelectorAll('.line-flag')) flag.remove();
  const lines = section.querySelectorAll('tbody tr').map((row) => row.querySelectorAll('th, td').map(textOf));
  const facts = section.querySelectorAll('dl > div').map((fact) => [textOf(fact.querySelector('dt')!), textOf(fact.querySelector('dd .money')!)]);
  return { lines, facts };
}

/** "Mijn keuzes" with the school picked and its choices listed, as a visitor would compose them. */
function listOf(school: School): ChoiceList {
  return { school: { kind: 'existing', id: school.id }, items: school.choices.map((choice) => ({ ...choice })) };
}

function onChoicesPage(school: School): Rendered {
  const view = choicesView(summarizeChoosing(listOf(school), demoCatalogue), demoCatalogue.site);
  if (!view.budget) throw new Error(`No budget on Mijn keuzes for ${school.id}`);
  const { spent, budget, left } = view.budget;
  return {
    lines: view.rows.map((row) => [row.title, `${row.quantity} ${row.quantityUnit}`, row.unitPrice, row.charge]),
    facts: [spent, budget, left].map((fact) => [fact.label, fact.amount]),
  };
}

const mailOf = (school: School) => choicesMailBody(summarizeChoosing(listOf(school), demoCatalogue), demoCatalogue.site);
const brochureOf = (dist: string, school: School) => path.join(dist, 'brochures', `${school.id}.pdf`);
/** The brochure's lines as printed, white space collapsed: a table row stays one line, whatever else is on the page. */
const printedLines = (file: string) =>
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
const printsLine = (lines: string[], wanted: string) => lines.some((line) => line.includes(wanted));

describe('one budget, four renderings', () => {
  test('the demo has schools with choices to compare', () => {
    expect(demoCatalogue.schools.length).toBeGreaterThan(3);
    expect(demoCatalogue.schools.every((school) => school.choices.length > 0)).toBe(true);
  });

  describe.each(demoCatalogue.schools.map((school) => [school.id, school] as const))('%s', (_id, school) => {
    const page = onPage(demo, school);

    test('the page shows every choice and the total, the budget and what is left or over', () => {
      expect(page.lines).toHaveLength(school.choices.length);
      expect(page.facts.map(([label]) => label)).toEqual(['Totaal gekozen', 'Budget', expect.stringMatching(/^(Nog te besteden|Over het budget)$/)]);
    });

    test('Mijn keuzes shows the same quantities, unit prices, charges and facts as the page', () => {
      const choosing = onChoicesPage(school);
      expect(choosing.lines.map((line) => line.slice(1))).toEqual(page.lines.map((line) => line.slice(1)));
      choosing.lines.forEach(([title], index) => expect(page.lines[index]?.[0]?.startsWith(title!)).toBe(true));
      expect(choosing.facts).toEqual(page.facts);
    });

    test('the mail lists the same lines and facts as the page', () => {
      const mail = mailOf(school).split('\n');
      for (const [title, quantity, unitPrice, charge] of page.lines) expect(mail).toContain(`- ${title}: ${quantity}, ${charge} (${unitPrice})`);
      for (const [label, amount] of page.facts) expect(mail).toContain(`${label}: ${amount}`);
    });

    test('the brochure prints the same lines and facts as the page', () => {
      const text = pdfText(brochureOf(demo, school));
      const lines = printedLines(brochureOf(demo, school));
      for (const [title, quantity, unitPrice, charge] of page.lines) {
        expect(text).toContain(title);
        expect(printsLine(lines, `${quantity} ${unitPrice} ${charge}`), `${quantity} ${unitPrice} ${charge}`).toBe(true);
      }
      for (const [label, amount] of page.facts) expect(printsLine(lines, `${label} ${amount}`), `${label} ${amount}`).toBe(true);
    });
  });
});

describe('a school that has not chosen yet', () => {
  const school = catalogueOf(minimal).schools.find((candidate) => candidate.choices.length === 0)!;

  test('sees its budget, and all of it left, on its page and in its brochure', () => {
    expect(school.id).toBe('kleine-beer');
    const page = onPage(minimal, school);
    expect(page.lines).toEqual([]);
    expect(page.facts).toEqual([['Totaal gekozen', '€ 0,00'], ['Budget', '€ 750,00'], ['Nog te besteden', '€ 750,00']]);
    const lines = printedLines(brochureOf(minimal, school));
    expect(printsLine(lines, 'Deze school heeft nog niets gekozen.')).toBe(true);
    for (const [label, amount] of page.facts) expect(printsLine(lines, `${label} ${amount}`), `${label} ${amount}`).toBe(true);
  });
});
