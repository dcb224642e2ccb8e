import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The same check as `npm run check:layers`: ESLint with eslint.config.js at the top of the repository.
const eslint = new ESLint({ cwd: process.cwd() });

function problemsOf(results: ESLint.LintResult[]): string[] {
  return results.flatMap((result) =>
    result.messages.map((message) => `${result.filePath}:${message.line} ${message.message} (${message.ruleId})`),
  );
}

/** Lints source text as if it were the file at `path`, so its imports resolve against the real tree. */
async function problemsIn(path: string, text: string): Promise<string[]> {
  return problemsOf(await eslint.lintText(text, { filePath: path }));
}

describe('the layer check', () => {
  test('core importing the integration, the brochure or a view fails it', async () => {
    const problems = await problemsIn(
      'src/core/layer-fixture.ts',
      [
        "import aanbodgids from '../integration/index.ts';",
        "import { renderBrochure } from '../brochure/render-brochure.ts';",
        "import Base from '../layouts/Base.astro';",
        'export const used = [aanbodgids, renderBrochure, Base];',
      ].join('\n'),
    );
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain('src/core imports only core');
  });

  test('core reading files or importing Astro fails it, while astro/zod passes', async () => {
    const problems = await problemsIn(
      'src/core/layer-fixture.ts',
      [
        "import { readFileSync } from 'node:fs';",
        "import { getCollection } from 'astro:content';",
        "import type { AstroIntegration } from 'astro';",
        "import { z } from 'astro/zod';",
        'export const used: [unknown, unknown, AstroIntegration?, unknown] = [readFileSync, getCollection, undefined, z];',
      ].join('\n'),
    );
    expect(problems.map((problem) => problem.split(' ')[0]!.split(':').at(-1))).toEqual(['1', '2', '3']);
  });

  test('core using the DOM or Node globals fails it', async () => {
    const problems = await problemsIn('src/core/layer-fixture.ts', 'export const where = [document.title, process.env.HOME];');
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toContain('no-restricted-globals');
  });

  test("a page importing the integration fails it, in its frontmatter and in its <script>", async () => {
    const problems = await problemsIn(
      'src/pages/aanbod/layer-fixture.astro',
      [
        '---',
        "import aanbodgids from '../../integration/index.ts';",
        '---',
        '<p>{String(aanbodgids)}</p>',
        '<script>',
        "  import aanbodgids from '../../integration/index.ts';",
        '  console.log(aanbodgids);',
        '</script>',
      ].join('\n'),
    );
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toContain('read what the integration hands over');
  });

  test('the brochure and the islands importing the integration fail it', async () => {
    const integration = "import aanbodgids from '../integration/index.ts';\nexport const used = aanbodgids;";
    expect(await problemsIn('src/brochure/layer-fixture.ts', integration)).toHaveLength(1);
    expect(await problemsIn('src/islands/layer-fixture.ts', integration)).toHaveLength(1);
  });
});
