import { describe, expect, test } from 'vitest';
import { addedWords, compoundParts } from '../../src/core/search/added-words.ts';
import { fullFormsOf, splitCompound } from '../../src/core/search/compounds.ts';
import { wordsOf } from '../../src/core/search/words.ts';
import { dutchDictionaryWords } from '../../src/integration/dutch-words.ts';

// The real word list the build uses: the cases below are about Dutch, not about a stub.
const words = dutchDictionaryWords();
const split = (word: string) => splitCompound(word, words);

describe('splitting Dutch compounds with the dictionary', () => {
  test('a compound is split into the words it is made of', () => {
    expect(split('natuurwandeling')).toEqual(['natuur', 'wandeling']);
    expect(split('schoolmaatschappelijk')).toEqual(['school', 'maatschappelijk']);
    expect(split('leesbevordering')).toEqual(['lees', 'bevordering']);
  });

  test('a linking -s- is taken off between the parts', () => {
    expect(split('stadspark')).toEqual(expect.arrayContaining(['park']));
    expect(split('weerbaarheidstraining')).toEqual(['weerbaarheid', 'training']);
    expect(split('leesvaardigheidsonderwijs')).toEqual(['lees', 'vaardigheid', 'onderwijs']);
  });

  test('a linking -en- or -er- is taken off, and the word without it is indexed too', () => {
    expect(split('pannenkoek')).toEqual(expect.arrayContaining(['koek']));
    expect(split('kinderopvang')).toEqual(expect.arrayContaining(['kind', 'opvang']));
  });

  test('words that only look like compounds stay whole', () => {
    for (const word of ['bestaan', 'verder', 'leerlingen', 'jongeren', 'regelmatig', 'belangrijk', 'onderwijs', 'wandeling']) {
      expect(split(word), word).toEqual([]);
    }
  });

  test('no part is shorter than four letters, so prefixes and endings never become search words', () => {
    for (const word of ['voorleesproject', 'huiswerkbegeleiding', 'faalangstreductietraining', 'zwemlessen', 'bijeenkomsten']) {
      for (const part of split(word)) expect(part.length, `${word}: ${part}`).toBeGreaterThanOrEqual(4);
    }
  });

  test('parts before the last are split again, so a part of a part is found', () => {
    expect(split('voorleesproject')).toEqual(expect.arrayContaining(['voorlees', 'lees', 'project']));
  });

  test('the last part is not split further: a taalachterstand is no kind of stand', () => {
    expect(split('taalachterstand')).toEqual(['taal', 'achterstand']);
  });

  test('an inflected last part is recognised', () => {
    expect(split('natuurwandelingen')).toEqual(['natuur', 'wandelingen']);
    expect(split('zwemlessen')).toEqual(['zwem', 'lessen']);
  });

  test('a verb stem gets its infinitive, so "lezen" finds a voorleesproject', () => {
    expect(fullFormsOf('lees', words)).toContain('lezen');
    expect(fullFormsOf('speel', words)).toContain('spelen');
    expect(fullFormsOf('zwem', words)).toContain('zwemmen');
    expect(fullFormsOf('voor', words)).toEqual([]);
    expect(compoundParts({ compoundWords: words, synonyms: [] })('voorleesproject')).toContain('lezen');
  });
});

describe('words added to a page for search', () => {
  const dutch = { compoundWords: words, synonyms: [['dyslexie', 'leesproblemen'], ['nt2', 'nieuwkomers', 'Nederlands als tweede taal']] };

  test('the parts of its compounds are added, its own words are not repeated', () => {
    const added = addedWords('Een natuurwandeling door het bos.', dutch);
    expect(added).toContain('wandeling');
    expect(added).not.toContain('natuurwandeling');
    expect(added).not.toContain('bos');
  });

  test('a page holding one word of a synonym group gets the others', () => {
    expect(addedWords('Hulp bij dyslexie.', dutch)).toEqual(expect.arrayContaining(['leesproblemen']));
    expect(addedWords('Lessen voor nieuwkomers.', dutch)).toEqual(expect.arrayContaining(['nt2', 'nederlands', 'tweede', 'taal']));
  });

  test('a synonym of several words counts only when the page holds them in that order', () => {
    expect(addedWords('Nederlands als tweede taal voor iedereen.', dutch)).toEqual(expect.arrayContaining(['nt2', 'nieuwkomers']));
    expect(addedWords('Taal is de tweede stap; Nederlands de eerste.', dutch)).not.toContain('nt2');
  });

  test('a synonym matches a part of a compound', () => {
    const parts = { compoundWords: words, synonyms: [['wandeling', 'tocht']] };
    expect(addedWords('Een natuurwandeling.', parts)).toContain('tocht');
  });

  test('without a word list (an English catalogue) nothing is split, synonyms still apply', () => {
    const english = { compoundWords: undefined, synonyms: [['dyslexia', 'reading difficulties']] };
    expect(addedWords('A natuurwandeling for dyslexia.', english)).toEqual(['reading', 'difficulties']);
  });

  test('hyphenated words are searchable by each half', () => {
    expect(wordsOf('Sociaal-emotionele ontwikkeling')).toEqual(['sociaal-emotionele', 'sociaal', 'emotionele', 'ontwikkeling']);
  });
});
