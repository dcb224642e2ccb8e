/** Problems become text in the site's language, with places people can find and words they write. */
import { describe, expect, test } from 'vitest';
import { offerKinds, costUnits } from '../../src/core/schema/intervention.ts';
import { fieldName, formatProblem, problemParts } from '../../src/core/validate/format-problem.ts';
import type { Problem } from '../../src/core/validate/problem.ts';
import { placeWordsEn } from '../../src/core/validate/problem-texts-en.ts';
import { placeWordsNl } from '../../src/core/validate/problem-texts-nl.ts';
import { nearest } from '../../src/core/validate/suggest.ts';

describe('suggestions', () => {
  test('a typo finds the id it was meant to be', () => {
    expect(nearest('voorleesexpress', ['voorlees-express', 'leesclub', 'schoolplein-sport'])).toEqual(['voorlees-express']);
  });

  test('an unrelated word suggests nothing', () => {
    expect(nearest('bieb', ['leeshuis', 'beweegteam'])).toEqual([]);
    expect(nearest('mbo', ['vve', 'po', 'so', 'vo'])).toEqual([]);
  });

  test('the nearest come first, capitals are ignored, and no more than asked for', () => {
    expect(nearest('Leesclub', ['leesclubs', 'leesclub', 'leesclub-vo', 'leesklub'], 2)).toEqual(['leesclub', 'leesclubs']);
  });
});

describe('field names', () => {
  test('a list position is counted from 1 and named as the list item', () => {
    expect(fieldName(['choices', 4, 'intervention'], placeWordsNl)).toBe('choices, keuze 5, intervention');
    expect(fieldName(['choices', 4, 'intervention'], placeWordsEn)).toBe('choices, choice 5, intervention');
    expect(fieldName(['domains', 0, 'color'], placeWordsNl)).toBe('domains, domein 1, color');
  });

  test('nested fields are written as in the file', () => {
    expect(fieldName(['cost', 'amount'], placeWordsNl)).toBe('cost.amount');
    expect(fieldName(['pupils'], placeWordsEn)).toBe('pupils');
  });
});

describe('rendering', () => {
  const problem: Problem = {
    file: 'schools/de-linde.yaml',
    field: ['choices', 0, 'intervention'],
    value: 'voorleesexpres',
    kind: 'unknown-intervention',
    params: { suggestions: ['voorleesexpress'] },
  };

  test('one problem reads in Dutch or in English', () => {
    expect(formatProblem(problem, 'nl')).toBe(
      'schools/de-linde.yaml: choices, keuze 1, intervention "voorleesexpres" is geen interventie; bedoelt u voorleesexpress?\n' +
        '    Gebruik de bestandsnaam (zonder .mdx) van een interventie.',
    );
    expect(formatProblem(problem, 'en')).toBe(
      'schools/de-linde.yaml: choices, choice 1, intervention "voorleesexpres" is not an intervention; did you mean voorleesexpress?\n' +
        '    Use the file name (without .mdx) of an intervention.',
    );
  });

  test('a page gets the parts separately, to lay them out itself', () => {
    expect(problemParts({ ...problem, line: 5 }, 'nl')).toEqual({
      where: 'schools/de-linde.yaml:5',
      field: 'choices, keuze 1, intervention',
      value: '"voorleesexpres"',
      message: 'is geen interventie; bedoelt u voorleesexpress?',
      hint: 'Gebruik de bestandsnaam (zonder .mdx) van een interventie.',
    });
  });

  test('money in a warning is written the way of the language', () => {
    const warning: Problem = { file: 'schools/a.yaml', kind: 'over-budget', params: { school: 'A', spentCents: 125050, budgetCents: 100000 } };
    expect(formatProblem(warning, 'nl')).toBe('schools/a.yaml: school "A" gaat over het budget: gekozen € 1.250,50 van € 1.000,00 (€ 250,50 te veel)');
    expect(formatProblem(warning, 'en')).toBe('schools/a.yaml: school "A" is over budget: chosen €1,250.50 of €1,000.00 (€250.50 over)');
  });
});

describe('vocabularies', () => {
  test('Dutch words, in any case and with stray spaces, become the canonical value', () => {
    expect(['vast', ' Keuze ', 'fixed', 'OPTIONAL'].map((word) => offerKinds.schema.parse(word))).toEqual(['fixed', 'optional', 'fixed', 'optional']);
    expect(['school', 'leerling', 'groep', 'klas', 'bijeenkomst'].map((word) => costUnits.schema.parse(word))).toEqual(['school', 'pupil', 'group', 'group', 'session']);
  });

  test('a word outside the vocabulary is left for the schema to report', () => {
    expect(offerKinds.normalise('soms')).toBe('soms');
    expect(offerKinds.normalise(3)).toBe(3);
    expect(offerKinds.schema.safeParse('soms').success).toBe(false);
  });

  test('hints name the Dutch word of each value', () => {
    expect(costUnits.values.map((value) => costUnits.dutchWord(value))).toEqual(['school', 'leerling', 'groep', 'bijeenkomst']);
  });
});
