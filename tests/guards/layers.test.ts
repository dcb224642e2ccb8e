import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The same check as `npm run check:layers`: ESLint with eslint.config.js at the top of the repository.
const eslint = new ESLint({ cwd: process.cwd() });

/** Each problem as `file:line message (rule)`, so a failure names what to fix. */
function problemsOf(results: ESLint.LintResult[]): string[] {
  return results.flatMap((result) =>
    result.messages.map((message) => `${result.filePath}:${message.line} ${message.message} (${message.ruleId})`),
  );
}

/** Lints source text as if it were the file at `path`, so its imports resolve against the real tree. */
async function problemsIn(path: string, text: string): Promise<string[]> {
  return problemsOf(await eslint.lintText(text, { filePath: path }));
}

// Fixture sources placed in a layer, each with the lines the check must report.
const forbidden = [
  {
    name: 'core importing the integration, the brochure or a view',
    path: 'src/core/layer-fixture.ts',
    source: `import aanbodgids from '../integration/index.ts';
import { renderBrochure } from '../brochure/render-brochure.ts';
import Base from '../layouts/Base.astro';
export const used = [aanbodgids, renderBrochure, Base];`,
    lines: [1, 2, 3],
  },
  {
    name: 'core reading files or importing Astro (but for astro/zod)',
    path: 'src/core/layer-fixture.ts',
    source: `import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
export const used: [unknown, unknown, AstroIntegration?, unknown] = [readFileSync, getCollection, undefined, z];`,
    lines: [1, 2, 3],
  },
  {
    name: 'core using the DOM or Node globals',
    path: 'src/core/layer-fixture.ts',
    source: `export const where = [document.title,
  process.env.HOME];`,
    lines: [1, 2],
  },
  {
    name: 'a page importing the integration, in its frontmatter and in its <script>',
    path: 'src/pages/aanbod/layer-fixture.astro',
    source: `---
import aanbodgids from '../../integration/index.ts';
---
<p>{String(aanbodgids)}</p>
<script>
  import aanbodgids from '../../integration/index.ts';
  console.log(aanbodgids);
</script>`,
    lines: [2, 6],
  },
  {
    name: 'the brochure importing the integration',
    path: 'src/brochure/layer-fixture.ts',
    source: `import aanbodgids from '../integration/index.ts';\nexport const used = aanbodgids;`,
    lines: [1],
  },
  {
    name: 'an island importing the integration',
    path: 'src/islands/layer-fixture.ts',
    source: `import aanbodgids from '../integration/index.ts';\nexport const used = aanbodgids;`,
    lines: [1],
  },
];

describe('the layer check', () => {
  test('every file in src/ imports only what its layer may', async () => {
    expect(problemsOf(await eslint.lintFiles(['src']))).toEqual([]);
  }, 180_000);

  test.each(forbidden)('$name fails it', async ({ path, source, lines }) => {
    const problems = await problemsIn(path, source);
    expect(problems.map((problem) => Number(/:(\d+) /.exec(problem)?.[1]))).toEqual(lines);
  });

  test('the reason is in the message: what a layer may import', async () => {
    const [problem] = await problemsIn('src/site/layer-fixture.ts', "export { default } from '../integration/index.ts';");
    expect(problem).toContain('read what the integration hands over');
  });
});
