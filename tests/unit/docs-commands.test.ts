/**
 * The docs keep their promises without a build: every npm command they name is a script in package.json
 * (or an installed binary, or a script file), and every local link leads to a file and heading that exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { headingIds, headingText, localLinks, npmCommands, sourcePaths, type NpmCommand } from '../support/markdown-refs.ts';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

/** npm's own commands the docs may name; anything else after `npm` must be a script run with `npm run`. */
const NPM_OWN = new Set(['install', 'ci', 'warn']);

function markdownUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join(dir, file).split(path.sep).join('/'))
    .sort();
}

const DOCS = ['README.md', 'ARCHITECTURE.md', 'bench/README.md', ...markdownUnder('docs'), ...markdownUnder('src')];

function missingCommand(command: NpmCommand): boolean {
  if (command.kind === 'script') return !(command.name in packageJson.scripts);
  if (command.kind === 'npm') return !NPM_OWN.has(command.name);
  if (command.kind === 'bin') return !existsSync(path.join(root, 'node_modules', '.bin', command.name));
  return !existsSync(path.join(root, command.name));
}

/** Every file and folder of the project's own tree, as paths from the root with `/`. */
const TREE: string[] = ['src', 'scripts', 'tests', 'bench', 'docs']
  .flatMap((dir) => [dir, ...readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file))])
  .concat(readdirSync(root))
  .map((file) => file.split(path.sep).join('/'));

/** A path is in the tree, or ends a path in it (`layout/wrap.ts`), or is a file or folder name in it. */
const inTree = (name: string, tree: readonly string[] = TREE) => {
  const bare = name.replace(/\/$/, '');
  return tree.some((file) => file === bare || file.endsWith(`/${bare}`));
};

/** `docs/kiezen.md: inhoud.md#de-regels` for each link whose file or heading is not there. */
function brokenLinks(doc: string): string[] {
  const broken: string[] = [];
  for (const link of localLinks(read(doc))) {
    const target = link.file ? path.posix.normalize(path.posix.join(path.posix.dirname(doc), link.file)) : doc;
    const shown = `${doc}: ${link.file}${link.anchor === undefined ? '' : `#${link.anchor}`}`;
    if (!existsSync(path.join(root, target))) broken.push(shown);
    else if (link.anchor !== undefined && target.endsWith('.md') && !headingIds(read(target)).has(link.anchor)) broken.push(shown);
  }
  return broken;
}

describe.each(DOCS)('%s', (doc) => {
  test('names only npm commands that exist', () => {
    const missing = npmCommands(read(doc)).filter(missingCommand);
    expect(missing).toEqual([]);
  });

  test('names only source files that exist', () => {
    expect(sourcePaths(read(doc)).filter((name) => !inTree(name))).toEqual([]);
  });

  test('links only to files and headings that exist', () => {
    expect(brokenLinks(doc)).toEqual([]);
  });
});

test('every script in package.json runs a file that exists', () => {
  const files = Object.values(packageJson.scripts).flatMap((script) => [...script.matchAll(/\bnode (\S+\.ts)\b/g)].map((match) => match[1]!));
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((file) => !existsSync(path.join(root, file)))).toEqual([]);
});

test('a README section that a content message points to is a heading of the README', () => {
  const sources = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' });
  const cited = sources
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...read(path.join('src', file)).matchAll(/README, "([^"]+)"/g)].map((match) => match[1]!));
  expect(cited.length).toBeGreaterThan(0);
  const readmeHeadings = [...read('README.md').matchAll(/^#{1,6} (.+)$/gm)].map((match) => headingText(match[1]!));
  expect(cited.filter((section) => !readmeHeadings.includes(section))).toEqual([]);
});

describe('the checks themselves', () => {
  test('a script missing from package.json is found, wherever in the text it is named', () => {
    const commands = npmCommands('Run `npm run nonexistent -- --x` or\n```sh\nnpm install && npm test\n```');
    expect(commands).toEqual([
      { kind: 'script', name: 'nonexistent' },
      { kind: 'npm', name: 'install' },
      { kind: 'script', name: 'test' },
    ]);
    expect(commands.filter(missingCommand)).toEqual([{ kind: 'script', name: 'nonexistent' }]);
  });

  test('npx names a binary, or with node a script file', () => {
    expect(npmCommands('`npx astro build` and `npx node scripts/screenshots.ts`')).toEqual([
      { kind: 'bin', name: 'astro' },
      { kind: 'file', name: 'scripts/screenshots.ts' },
    ]);
  });

  test('links in code are not links, web addresses are not local, images and anchors are', () => {
    const markdown = [
      'See [De regels](inhoud.md#de-regels), [the web](https://example.org) and [top](#top).',
      '![Voorblad](brochure-page-1.png) <img src="zoeken-mobiel.png" alt="">',
      '`[not](a-link.md)`',
      '```md\n[not](either.md)\n```',
    ].join('\n');
    expect(localLinks(markdown)).toEqual([
      { file: 'inhoud.md', anchor: 'de-regels' },
      { file: '', anchor: 'top' },
      { file: 'brochure-page-1.png', anchor: undefined },
      { file: 'zoeken-mobiel.png', anchor: undefined },
    ]);
  });

  test('source paths are written as code, without wildcards or placeholders', () => {
    const markdown = 'See `src/core/money/money.ts`, `layout/wrap.ts`, `search-words.ts`, `tests/unit/search-*.test.ts`, `<id>.yaml`, `node_modules/.astro` and `aanbod.json`.';
    expect(sourcePaths(markdown)).toEqual(['src/core/money/money.ts', 'layout/wrap.ts', 'search-words.ts']);
    const tree = ['src/core/money/money.ts', 'src/brochure/layout/wrap.ts', 'src/integration/search-words.ts'];
    const names = ['src/core/money/money.ts', 'layout/wrap.ts', 'search-words.ts', 'src/core/money.ts', 'words.ts'];
    expect(names.filter((name) => !inTree(name, tree))).toEqual(['src/core/money.ts', 'words.ts']);
  });

  test('heading ids are the ones GitHub gives, code and markup read as text', () => {
    const ids = headingIds('# Aanbieders: `providers/<id>.yaml`\n## De regels\n## De regels\n```\n# not a heading\n```\n');
    expect([...ids]).toEqual(['aanbieders-providersidyaml', 'de-regels', 'de-regels-1']);
  });
});
