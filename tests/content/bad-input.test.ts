/**
 * Every kind of broken content gets a problem that names the file, the field and the value,
 * and all problems come out of one run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/integration/read-content.ts';
import { formatProblem } from '../../src/core/validate/format-problem.ts';
import { validateCatalogue } from '../../src/core/validate/validate-catalogue.ts';
import { contentWith, leesclub, problemsWith } from '../support/content-fixture.ts';
import { minimalContent } from '../support/fixture-sites.ts';

describe('references', () => {
  test('an unknown domain id is named with the domains that exist', () => {
    expect(problemsWith({ 'interventions/leesclub.mdx': leesclub({ domain: 'lezn' }) })).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: domain "lezn" is geen domein uit site.yaml; bedoelt u lezen?
          Gebruik een van: lezen, bewegen; of voeg het domein toe aan site.yaml.",
      ]
    `);
  });

  test('an unknown provider id is named', () => {
    expect(problemsWith({ 'interventions/leesclub.mdx': leesclub({ provider: 'bieb' }) })).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: provider "bieb" is geen aanbieder
          Maak providers/bieb.yaml aan, of gebruik de id (bestandsnaam) van een bestaande aanbieder.",
      ]
    `);
  });

  test('a choice of an intervention that does not exist is named', () => {
    const school = 'name: De Linde\ntype: po\npupils: 10\nchoices:\n  - intervention: leesklub\n';
    expect(problemsWith({ 'schools/de-linde.yaml': school })).toMatchInlineSnapshot(`
      [
        "schools/de-linde.yaml: choices, keuze 1, intervention "leesklub" is geen interventie; bedoelt u leesclub?
          Gebruik de bestandsnaam (zonder .mdx) van een interventie.",
      ]
    `);
  });
});

describe('fields', () => {
  test('a missing required field is named', () => {
    expect(problemsWith({ 'interventions/leesclub.mdx': leesclub({ summary: '' }) })).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: summary ontbreekt, maar is verplicht
          Vul het veld in (verwacht: tekst).",
      ]
    `);
  });

  test('a value outside an enum is named with the allowed values', () => {
    expect(problemsWith({ 'interventions/leesclub.mdx': leesclub({ offer: 'soms', schoolTypes: '[po, mbo]' }) })).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: offer "soms" is geen toegestane waarde
          Schrijf vast of keuze (of in het Engels: fixed of optional).",
        "interventions/leesclub.mdx: schoolTypes, schooltype 2 "mbo" is geen toegestane waarde
          Schrijf vve, po, so of vo.",
      ]
    `);
  });

  test('negative and non-numeric numbers are named', () => {
    const school = 'name: De Linde\ntype: po\npupils: -5\nbudget: veel\n';
    expect(problemsWith({ 'schools/de-linde.yaml': school, 'interventions/leesclub.mdx': leesclub({ cost: '{ amount: -3, per: pupil }' }) }))
      .toMatchInlineSnapshot(`
        [
          "interventions/leesclub.mdx: cost.amount -3 moet 0 euro of meer zijn",
          "schools/de-linde.yaml: pupils -5 moet 0 of meer zijn",
          "schools/de-linde.yaml: budget "veel" moet een getal zijn, niet tekst",
        ]
      `);
  });

  test('an amount or count YAML reads as infinity or as not a number is named as written, with how to write it', () => {
    const school = 'name: De Linde\ntype: po\npupils: .nan\nbudget: 1e999\n';
    expect(problemsWith({ 'schools/de-linde.yaml': school, 'interventions/leesclub.mdx': leesclub({ cost: '{ amount: .inf, per: pupil }' }) })).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: cost.amount .inf is geen gewoon getal: YAML leest het als oneindig (.inf, of een getal met zo veel cijfers als 1e999)
          Schrijf het getal in cijfers, bijvoorbeeld 12.50 voor een bedrag in euro's of 25 voor een aantal.",
        "schools/de-linde.yaml: pupils .nan is geen gewoon getal: YAML leest het als "geen getal" (.nan)
          Schrijf het getal in cijfers, bijvoorbeeld 12.50 voor een bedrag in euro's of 25 voor een aantal.",
        "schools/de-linde.yaml: budget .inf is geen gewoon getal: YAML leest het als oneindig (.inf, of een getal met zo veel cijfers als 1e999)
          Schrijf het getal in cijfers, bijvoorbeeld 12.50 voor een bedrag in euro's of 25 voor een aantal.",
      ]
    `);
  });

  test('a note, a title or another short field longer than any real text is named with its length and the limit', () => {
    const school = `name: De Linde\ntype: po\npupils: 10\nneedsNote: ${'n'.repeat(1000)}\nchoices:\n  - intervention: leesclub\n    note: ${'a'.repeat(1001)}\n`;
    expect(problemsWith({ 'schools/de-linde.yaml': school, 'interventions/leesclub.mdx': leesclub({ title: 'Leesclub '.repeat(23) }) })).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: title "Leesclub Leesclub Leesclub Leesclub Leesclub Leesclub Leesclub Leesclub Lees... is te lang: 206 tekens, hooguit 200
          Kort de tekst in; een langere toelichting hoort in de beschrijving, of voor het team in extra.",
        "schools/de-linde.yaml: choices, keuze 1, note "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa... is te lang: 1.001 tekens, hooguit 1.000
          Kort de tekst in; een langere toelichting hoort in de beschrijving, of voor het team in extra.",
      ]
    `);
  });

  test('an e-mail address or web address that is not valid is an error', () => {
    const provider = 'name: Het Leeshuis\nemail: info-at-leeshuis\nwebsite: javascript:alert(1)\n';
    expect(problemsWith({ 'providers/leeshuis.yaml': provider })).toMatchInlineSnapshot(`
      [
        "providers/leeshuis.yaml: website "javascript:alert(1)" is geen geldig webadres (verwacht zoiets als https://www.voorbeeld.nl)",
        "providers/leeshuis.yaml: email "info-at-leeshuis" is geen geldig e-mailadres (verwacht zoiets als info@voorbeeld.nl)",
      ]
    `);
  });
});

describe('files', () => {
  test('malformed YAML is reported with its line, in a Dutch sentence quoting the parser', () => {
    expect(problemsWith({ 'providers/beweegteam.yaml': 'name: Beweegteam\n\temail: x@y.nl\n' })).toMatchInlineSnapshot(`
      [
        "providers/beweegteam.yaml:2: is geen geldige YAML; de YAML-lezer meldt: "Tabs are not allowed as indentation"
          Controleer inspringing (spaties, geen tabs) en aanhalingstekens: tekst met ": " of die begint met een bijzonder teken moet tussen aanhalingstekens.",
      ]
    `);
  });

  test('a synonym group of one word, or a synonyms.yaml that is not a list of groups, is named', () => {
    expect(problemsWith({ 'synonyms.yaml': '- [sport, bewegen]\n- [dyslexie]\n' })).toMatchInlineSnapshot(`
      [
        "synonyms.yaml: nummer 2 is een groep met maar één woord
          Zet ten minste twee woorden in een groep, bijvoorbeeld [dyslexie, leesproblemen], of haal de groep weg.",
      ]
    `);
    expect(problemsWith({ 'synonyms.yaml': 'sport: bewegen\n' })).toHaveLength(1);
  });

  test('a key written twice is reported with its line', () => {
    expect(problemsWith({ 'providers/beweegteam.yaml': 'name: A\nname: B\n' })[0]).toMatch(/^providers\/beweegteam\.yaml:2: is geen geldige YAML; de YAML-lezer meldt: "Map keys must be unique"/);
  });

  test('an MDX syntax error is reported with its line, in a Dutch sentence quoting the parser', () => {
    const broken = `${leesclub({})}\nEen <b>open tag.\n`;
    const [problem] = problemsWith({ 'interventions/leesclub.mdx': broken });
    expect(problem).toMatch(/^interventions\/leesclub\.mdx:12: bevat een MDX-fout; de MDX-lezer meldt: "Expected a closing tag for `<b>`/);
  });

  test('plain Markdown bodies may hold braces and angle brackets', () => {
    expect(problemsWith({ 'interventions/leesclub.mdx': null, 'interventions/leesclub.md': `${leesclub({})}\n{ geen code } <b>\n` })).toEqual([]);
  });

  test('two files with the same id (x.md and x.mdx) are an error', () => {
    expect(problemsWith({ 'interventions/leesclub.md': leesclub({}) })).toMatchInlineSnapshot(`
      [
        "interventions/leesclub.mdx: heeft dezelfde id "leesclub" als interventions/leesclub.md
          De id komt uit de bestandsnaam en moet uniek zijn: hernoem of verwijder een van de twee.",
      ]
    `);
  });

  test('a file name that is not an id is named with a suggestion', () => {
    expect(problemsWith({ 'providers/Het Leeshuis.yaml': 'name: X\n' })[0]).toContain('"Het Leeshuis"');
  });

  test('a missing site.yaml is named', () => {
    expect(problemsWith({ 'site.yaml': null })).toEqual([
      'site.yaml: ontbreekt\n    Elke catalogus heeft een site.yaml nodig met ten minste title, municipality en domains.',
    ]);
  });
});

describe('choice rules', () => {
  test('a school choosing fixed offer is an error', () => {
    const school = 'name: De Linde\ntype: po\npupils: 10\nchoices:\n  - intervention: voorleesuur\n';
    expect(problemsWith({ 'schools/de-linde.yaml': school })).toMatchInlineSnapshot(`
      [
        "schools/de-linde.yaml: choices, keuze 1, intervention "voorleesuur" is vast aanbod; scholen kiezen alleen uit het keuzeaanbod
          Verwijder de keuze (elke school krijgt het vaste aanbod al), of maak de interventie keuzeaanbod (offer: keuze).",
      ]
    `);
  });

  test('a school choosing an offer not meant for its type is an error', () => {
    const school = 'name: De Linde\ntype: po\npupils: 10\nchoices:\n  - intervention: zwemles-vo\n';
    expect(problemsWith({ 'schools/de-linde.yaml': school })).toMatchInlineSnapshot(`
      [
        "schools/de-linde.yaml: choices, keuze 1, intervention "zwemles-vo" is niet bedoeld voor schooltype "po" (alleen voor vo)
          Verwijder de keuze, of voeg "po" toe aan schoolTypes van de interventie.",
      ]
    `);
  });

  test('choosing the same intervention twice is an error', () => {
    const school = 'name: De Linde\ntype: po\npupils: 10\nchoices:\n  - intervention: leesclub\n  - intervention: leesclub\n';
    expect(problemsWith({ 'schools/de-linde.yaml': school })[0]).toContain('choices, keuze 2, intervention "leesclub" is twee keer gekozen');
  });

  test('a reference to a file that has its own problem is not reported twice', () => {
    const problems = problemsWith({ 'providers/leeshuis.yaml': 'name: ""\n' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('providers/leeshuis.yaml: name "" mag niet leeg zijn');
  });
});

describe('messages people can act on', () => {
  test('a site with language: en gets its problems in English', () => {
    const site = readFileSync(path.join(minimalContent, 'site.yaml'), 'utf8');
    const school = 'name: De Linde\ntype: po\npupils: veel\nchoices:\n  - intervention: leesklub\n';
    expect(problemsWith({ 'site.yaml': `${site}language: en\n`, 'schools/de-linde.yaml': school, 'providers/beweegteam.yaml': 'name: [\n' }))
      .toMatchInlineSnapshot(`
        [
          "providers/beweegteam.yaml:2: is not valid YAML; the YAML reader says: "Flow sequence in block collection must be sufficiently indented and end with a ]"
            Check indentation (spaces, no tabs) and quoting: text containing ": " or starting with a special character needs quotes.",
          "schools/de-linde.yaml: pupils "veel" must be a number, not text",
        ]
      `);
  });

  test('an unknown id suggests the nearest existing ones', () => {
    const school = 'name: De Linde\ntype: po\npupils: 10\nchoices:\n  - intervention: voorlees-club\n';
    expect(problemsWith({ 'schools/de-linde.yaml': school, 'interventions/leesclub.mdx': leesclub({ provider: 'leeshuiz' }) }))
      .toMatchInlineSnapshot(`
        [
          "interventions/leesclub.mdx: provider "leeshuiz" is geen aanbieder; bedoelt u leeshuis?
            Maak providers/leeshuiz.yaml aan, of gebruik de id (bestandsnaam) van een bestaande aanbieder.",
          "schools/de-linde.yaml: choices, keuze 1, intervention "voorlees-club" is geen interventie; bedoelt u voorleesuur?
            Gebruik de bestandsnaam (zonder .mdx) van een interventie.",
        ]
      `);
  });

  test('a list position is counted as people count, from 1, with the name of the list item', () => {
    const extra = Object.fromEntries(['club-a', 'club-b', 'club-c'].map((id) => [`interventions/${id}.mdx`, leesclub({})]));
    const choices = ['leesclub', 'club-a', 'club-b', 'club-c', 'schoolplein-sport'].map((id, index) =>
      `  - intervention: ${id}\n    quantity: ${index === 4 ? -1 : 1}\n`,
    );
    const school = `name: De Linde\ntype: po\npupils: 10\nchoices:\n${choices.join('')}`;
    expect(problemsWith({ ...extra, 'schools/de-linde.yaml': school })).toMatchInlineSnapshot(`
      [
        "schools/de-linde.yaml: choices, keuze 5, quantity -1 moet 0 of meer zijn",
      ]
    `);
  });

  test('a path is relative to the content folder, wherever the build runs', () => {
    const [problem] = problemsWith({ 'schools/de-linde.yaml': 'name: De Linde\ntype: po\n' });
    expect(problem).toMatch(/^schools\/de-linde\.yaml: pupils ontbreekt/);
  });

  test('a mistyped Dutch word suggests the word meant and names the Dutch words first', () => {
    expect(problemsWith({ 'interventions/leesclub.mdx': leesclub({ offer: 'vaste', cost: '{ amount: 3, per: leerlingen }' }) }))
      .toMatchInlineSnapshot(`
        [
          "interventions/leesclub.mdx: offer "vaste" is geen toegestane waarde; bedoelt u vast?
            Schrijf vast of keuze (of in het Engels: fixed of optional).",
          "interventions/leesclub.mdx: cost.per "leerlingen" is geen toegestane waarde; bedoelt u leerling?
            Schrijf school, leerling, groep of bijeenkomst (of in het Engels: pupil, group of session).",
        ]
      `);
  });
});

describe('Dutch vocabulary', () => {
  /** The validated catalogue of the minimal fixture with some files changed. */
  function catalogueWith(changes: Record<string, string | null>) {
    const dir = contentWith(changes);
    const { content, problems } = readContent(dir);
    const result = validateCatalogue(content, problems);
    if (!result.ok) throw new Error(result.problems.map((problem) => formatProblem(problem, 'en')).join('\n'));
    return result.catalogue;
  }

  test('offer: vast / keuze and per: leerling, groep, bijeenkomst give exactly the catalogue of the English values', () => {
    const written = (offer: string, per: string) => ({
      'interventions/leesclub.mdx': leesclub({ offer, cost: `{ amount: 12.5, per: ${per} }` }),
      'interventions/gezonde-school.mdx': leesclub({ title: 'Gezonde school', offer: offer === 'keuze' ? 'vast' : 'fixed', schoolTypes: '[vo]' }),
    });
    for (const [dutch, english] of [['leerling', 'pupil'], ['groep', 'group'], ['bijeenkomst', 'session'], ['school', 'school']]) {
      const fromDutch = catalogueWith(written('keuze', dutch!));
      const fromEnglish = catalogueWith(written('optional', english!));
      expect(fromDutch).toEqual(fromEnglish);
      expect(fromDutch.interventions.find((intervention) => intervention.id === 'leesclub')?.cost?.per).toBe(english);
    }
  });

  test('site.yaml may name the brochure setting and the language in Dutch', () => {
    const site = readFileSync(path.join(minimalContent, 'site.yaml'), 'utf8');
    const catalogue = catalogueWith({ 'site.yaml': `${site}language: Engels\nbrochure:\n  fullDescriptions: gekozen\n` });
    expect(catalogue.site.language).toBe('en');
    expect(catalogue.site.brochure?.fullDescriptions).toBe('chosen');
  });
});
