/**
 * Reads a content folder into raw entries for the core validator, reporting every unreadable
 * file (bad YAML, MDX syntax, bad file names, duplicate ids) as a problem instead of throwing.
 */
import { appendFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { extractFrontmatter } from 'astro/markdown';
import { mdxToMdast } from 'satteri';
import { parseDocument } from 'yaml';
import { declarativeMdxProblems, type MdxNode } from '../core/markdown/declarative-mdx.ts';
import { fileNameProblem } from '../core/validate/entry-file-name.ts';
import type { Problem } from '../core/validate/problem.ts';
import type { RawContent, RawEntry } from '../core/validate/validate-catalogue.ts';
import { readUtf8, realRoot } from './safe-read.ts';

/** An intervention file: its frontmatter as data plus the Markdown/MDX body. */
export interface RawIntervention extends RawEntry {
  /** Absolute path of the file (Astro compiles real MDX from it). */
  path: string;
  body: string;
  format: 'md' | 'mdx';
}

export interface ReadContent extends RawContent {
  interventions: RawIntervention[];
}

export interface ReadResult {
  content: ReadContent;
  problems: Problem[];
}

/**
 * Every content file is read here and nowhere else. With a read log (options.ts: readLog), each
 * read is logged to that file, so a test can check that a build reads every file exactly once.
 */
function readText(root: string, file: string, problems: Problem[], log: string | undefined): string | undefined {
  if (log) appendFileSync(log, `${file}\n`);
  // Only a regular UTF-8 file inside the content folder is read; symlinks out of it, FIFOs and other encodings are problems.
  const read = readUtf8(realRoot(root), file);
  if ('text' in read) return read.text;
  problems.push({ file: contentPath(root, file), kind: read.refusal });
  return undefined;
}

/** More aliases than any hand-written file needs: an "alias bomb" would otherwise expand into gigabytes. */
const MAX_YAML_ALIASES = 100;

/** The content folder itself is named as given, relative to the working directory when inside it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** A file as people find it in their content folder: `schools/de-linde.yaml`, on every system. */
function contentPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** The parser's own words, without the position it adds (the problem has its own line). */
const parserWords = (message: string) => message.trim().replace(/ at line \d+, column \d+:?$/, '');

export function parseYaml(text: string, file: string, problems: Problem[], lineOffset = 0): unknown {
  const document = parseDocument(text, { prettyErrors: true });
  // Later errors of a broken file mostly follow from the first; one clear message is more useful.
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0]?.line;
    problems.push({
      file,
      line: line === undefined ? undefined : line + lineOffset,
      kind: 'yaml-syntax',
      params: { parserMessage: parserWords(error.message.split('\n')[0] ?? '') },
    });
    return undefined;
  }
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch {
    problems.push({ file, kind: 'too-many-aliases' });
    return undefined;
  }
}

interface Listed {
  id: string;
  /** Path inside the content folder, for messages. */
  file: string;
  /** Absolute path, for reading. */
  absolute: string;
  extension: string;
}

/**
 * Lists the entry files of one folder, checking names and duplicate ids.
 * Files starting with `_` or `.` are skipped so drafts and editor files can live beside entries.
 */
function listEntries(root: string, folder: string, extensions: string[], problems: Problem[]): Listed[] {
  const dir = path.join(root, folder);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const byId = new Map<string, Listed>();
  for (const name of names) {
    if (name.startsWith('.') || name.startsWith('_') || statSync(path.join(dir, name), { throwIfNoEntry: false })?.isDirectory()) continue;
    const extension = path.extname(name).slice(1).toLowerCase();
    const absolute = path.join(dir, name);
    const file = contentPath(root, absolute);
    if (!extensions.includes(extension)) {
      problems.push({ file, kind: 'wrong-extension', params: { extensions } });
      continue;
    }
    const id = path.basename(name, path.extname(name));
    const badName = fileNameProblem(file, id);
    if (badName) {
      problems.push(badName);
      continue;
    }
    const earlier = byId.get(id);
    if (earlier) {
      problems.push({ file, kind: 'duplicate-id', params: { id, other: earlier.file } });
      continue;
    }
    byId.set(id, { id, file, absolute, extension });
  }
  return [...byId.values()];
}

function readYamlEntries(root: string, folder: string, problems: Problem[], log: string | undefined): RawEntry[] {
  return listEntries(root, folder, ['yaml', 'yml'], problems).map(({ id, file, absolute }) => {
    const text = readText(root, absolute, problems, log);
    return { id, file, data: text === undefined ? undefined : parseYaml(text, file, problems) };
  });
}

/** Splits frontmatter from body, keeping the body's line numbers equal to the file's. */
function readIntervention(root: string, { id, file, absolute, extension }: Listed, problems: Problem[], log: string | undefined): RawIntervention {
  const format = extension === 'mdx' ? 'mdx' : 'md';
  const source = readText(root, absolute, problems, log);
  if (source === undefined) return { id, file, path: absolute, data: undefined, body: '', format };
  const rawFrontmatter = extractFrontmatter(source);
  if (rawFrontmatter === undefined) {
    problems.push({ file, kind: 'no-frontmatter' });
    return { id, file, path: absolute, data: {}, body: source, format };
  }
  const data = parseYaml(rawFrontmatter, file, problems, 1);
  const body = source.replace(`---${rawFrontmatter}---`, rawFrontmatter.replace(/[^\r\n]/g, ''));
  if (format === 'mdx') checkMdx(body, file, problems);
  return { id, file, path: absolute, data, body, format };
}

/**
 * Parses the body as MDX, so a syntax error is reported with the others, and checks that it is
 * declarative: no code, only aanbodgids's own components (core/markdown/declarative-mdx.ts).
 */
function checkMdx(body: string, file: string, problems: Problem[]): void {
  try {
    problems.push(...declarativeMdxProblems(mdxToMdast(body) as MdxNode, file));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+): (.*)$/s.exec(message);
    problems.push({ file, line: match ? Number(match[1]) : undefined, kind: 'mdx-syntax', params: { parserMessage: parserWords(match?.[3] ?? message) } });
  }
}

/** `<name>.yaml` (or `.yml`) at the top of the content folder, when there is one. */
const topLevelYaml = (root: string, name: string): string | undefined =>
  [`${name}.yaml`, `${name}.yml`].map((file) => path.join(root, file)).find((file) => statSync(file, { throwIfNoEntry: false }));

/** A YAML file read as one entry; undefined (with its problem noted) when it cannot be read or parsed. */
function readYamlEntry(root: string, filePath: string, id: string, problems: Problem[], log: string | undefined): RawEntry | undefined {
  const file = contentPath(root, filePath);
  const text = readText(root, filePath, problems, log);
  const data = text === undefined ? undefined : parseYaml(text, file, problems);
  return data === undefined ? undefined : { id, file, data };
}

/** Reads the whole content folder, each read appended to `readLog` when given. Never throws for bad content. */
export function readContent(root: string, readLog?: string): ReadResult {
  const problems: Problem[] = [];
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    problems.push({ file: displayPath(root), kind: 'not-a-folder' });
    return { content: { site: undefined, providers: [], interventions: [], schools: [] }, problems };
  }
  const sitePath = topLevelYaml(root, 'site');
  if (!sitePath) problems.push({ file: 'site.yaml', kind: 'missing-site' });
  const site = sitePath ? readYamlEntry(root, sitePath, 'site', problems, readLog) : undefined;
  const synonymsPath = topLevelYaml(root, 'synonyms');
  const synonyms = synonymsPath ? readYamlEntry(root, synonymsPath, 'synonyms', problems, readLog) : undefined;
  const interventions = listEntries(root, 'interventions', ['mdx', 'md'], problems).map((listed) =>
    readIntervention(root, listed, problems, readLog),
  );
  return {
    content: {
      site,
      providers: readYamlEntries(root, 'providers', problems, readLog),
      interventions,
      schools: readYamlEntries(root, 'schools', problems, readLog),
      ...(synonyms && { synonyms }),
    },
    problems,
  };
}
