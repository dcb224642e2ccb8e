/** An MDX body is data: code and unknown components are problems with their line, naming what is allowed. */
import { mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { declarativeMdxProblems, type MdxNode } from '../../src/core/markdown/declarative-mdx.ts';
import { formatProblem } from '../../src/core/validate/format-problem.ts';

const problemsOf = (body: string, language: 'nl' | 'en' = 'nl') =>
  declarativeMdxProblems(mdxToMdast(body) as MdxNode, 'interventions/x.mdx').map((problem) => formatProblem(problem, language));

/** Each problem's first line: where it is and what is wrong, without the hint below it. */
const firstLines = (body: string) => problemsOf(body).map((line) => line.split('\n')[0]);

describe('declarative MDX', () => {
  test('Markdown and the provided components with text attributes are no problem', () => {
    const body = [
      'Tekst met **vet** en een [link](https://example.nl).',
      '',
      '<Kader titel="Let op">',
      'Binnen een kader.',
      '</Kader>',
      '',
      '<Callout>Zonder titel.</Callout>',
      '',
      '<Citaat bron="Juf Anna">Mooi.</Citaat>',
      '',
      '<Quote source="Bram">Nice.</Quote>',
      '',
      '<Video src="https://video.example.nl/a" titel="Film" />',
      '',
      '<Video src="https://video.example.nl/b" title="Film" />',
    ].join('\n');
    expect(problemsOf(body)).toEqual([]);
  });

  test('import and export are code, reported with their line', () => {
    const body = "import cp from 'node:child_process'\nexport const x = cp.execSync('id').toString()\n\nTekst.\n\nexport const y = 1\n";
    const problems = problemsOf(body);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^interventions\/x\.mdx:1: bevat code \(import of export\); een beschrijving is tekst en mag geen code uitvoeren/);
    expect(problems[0]).toContain('<Kader>, <Citaat> en <Video>');
    expect(problems[1]).toMatch(/^interventions\/x\.mdx:6: bevat code/);
  });

  test('expressions in text, in a block and in an attribute are code', () => {
    const body = 'Thuis is {process.env.HOME}.\n\n{x}\n\n<Kader titel={"x"}>Tekst</Kader>\n\n<Kader {...props}>Tekst</Kader>\n';
    expect(firstLines(body)).toEqual([
      'interventions/x.mdx:1: bevat code tussen { }; een beschrijving is tekst en mag geen code uitvoeren',
      'interventions/x.mdx:3: bevat code tussen { }; een beschrijving is tekst en mag geen code uitvoeren',
      'interventions/x.mdx:5: geeft <Kader> een eigenschap "titel" die niet bestaat of geen tekst tussen aanhalingstekens is',
      'interventions/x.mdx:7: geeft <Kader> een eigenschap "{…}" die niet bestaat of geen tekst tussen aanhalingstekens is',
    ]);
  });

  test('an unknown component or HTML element is a problem naming the allowed components and the nearest', () => {
    const body = '<Kadr titel="x">Tekst</Kadr>\n\n<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)" />\n';
    const problems = problemsOf(body);
    expect(problems[0]).toBe(
      'interventions/x.mdx:1: gebruikt het onderdeel <Kadr>, dat aanbodgids niet kent; bedoelt u <Kader>?\n' +
        '    Toegestaan zijn alleen <Kader>, <Citaat> en <Video>. Gewone HTML hoort niet in een .mdx-beschrijving: gebruik Markdown (of schrijf < in tekst als \\<).',
    );
    expect(problems.slice(1).map((line) => line.split('\n')[0])).toEqual([
      'interventions/x.mdx:3: gebruikt het onderdeel <script>, dat aanbodgids niet kent',
      'interventions/x.mdx:5: gebruikt het onderdeel <img>, dat aanbodgids niet kent',
    ]);
  });

  test('a video needs a web address and a title; a quote needs its source', () => {
    const body = '<Video src="javascript:alert(1)" titel="x" />\n\n<Video src="https://a.example" />\n\n<Citaat>Wie?</Citaat>\n';
    expect(firstLines(body)).toEqual([
      'interventions/x.mdx:1: geeft <Video> bij "src" geen webadres',
      'interventions/x.mdx:3: mist bij <Video> de eigenschap "titel"',
      'interventions/x.mdx:5: mist bij <Citaat> de eigenschap "bron"',
    ]);
  });

  test('the problems read in English for an English site', () => {
    expect(problemsOf('<Frame>x</Frame>\n', 'en')[0]).toBe(
      'interventions/x.mdx:1: uses the component <Frame>, which aanbodgids does not provide\n' +
        '    Only <Kader>, <Citaat> and <Video> are allowed. Plain HTML does not belong in an .mdx description: use Markdown (or write < in text as \\<).',
    );
  });
});
