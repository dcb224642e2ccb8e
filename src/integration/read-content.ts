/**
 * Reads a content folder into raw entries for the core validator, reporting every unreadable
 * file (bad YAML, MDX syntax, bad file names, duplicate ids) as a problem instead of throwing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { extractFrontmatter } from 'astro/markdown';
import { mdxToMdast } from 'satteri';
import { parseDocument } from 'yaml';
import { ID_PATTERN, idFromName } from '../core/schema/common.ts';
import type { Problem } from '../core/validate/problem.ts';
import type { RawContent, RawEntry } from '../core/validate/validate-catalogue.ts';

/** An intervention file: its frontmatter as data plus the Markdown/MDX body. */
export interface RawIntervention extends RawEntry {
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

/** Paths inside the working directory are shown relative (`content/site.yaml`), others in full. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function parseYaml(text: string, file: string, problems: Problem[], lineOffset = 0): unknown {
  const document = parseDocument(text, { prettyErrors: true });
  // Later errors of a broken file mostly follow from the first; one clear message is more useful.
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0]?.line;
    problems.push({
      file,
      line: line === undefined ? undefined : line + lineOffset,
      message: `is not valid YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
      hint: 'Check indentation and quoting; text containing ": " or starting with a special character needs quotes.',
    });
    return undefined;
  }
  return document.toJS();
}

interface Listed {
  id: string;
  /** Display path, for messages. */
  file: string;
  /** Absolute path, for reading. */
  absolute: string;
  extension: string;
}

/**
 * Lists the entry files of one folder, checking names and duplicate ids.
 * Files starting with `_` or `.` are skipped so drafts and editor files can live beside entries.
 */
function listEntries(dir: string, extensions: string[], problems: Problem[]): Listed[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const byId = new Map<string, Listed>();
  for (const name of names) {
    if (name.startsWith('.') || name.startsWith('_') || statSync(path.join(dir, name)).isDirectory()) continue;
    const extension = path.extname(name).slice(1).toLowerCase();
    const absolute = path.join(dir, name);
    const file = displayPath(absolute);
    if (!extensions.includes(extension)) {
      problems.push({ file, message: `is not a ${extensions.map((e) => `.${e}`).join(' or ')} file`, hint: 'Rename it, or move it out of the content folder (or start its name with _ to skip it).' });
      continue;
    }
    const id = path.basename(name, path.extname(name));
    if (!ID_PATTERN.test(id)) {
      problems.push({ file, message: `has a file name that is not a valid id: "${id}"`, hint: `Use lowercase letters, digits and hyphens only, for example "${idFromName(id)}".` });
      continue;
    }
    const earlier = byId.get(id);
    if (earlier) {
      problems.push({ file, message: `has the same id "${id}" as ${earlier.file}`, hint: 'Ids come from file names and must be unique: rename or remove one of the two.' });
      continue;
    }
    byId.set(id, { id, file, absolute, extension });
  }
  return [...byId.values()];
}

function readYamlEntries(dir: string, problems: Problem[]): RawEntry[] {
  return listEntries(dir, ['yaml', 'yml'], problems).map(({ id, file, absolute }) => ({
    id,
    file,
    data: parseYaml(readFileSync(absolute, 'utf8'), file, problems),
  }));
}

/** Splits frontmatter from body, keeping the body's line numbers equal to the file's. */
function readIntervention({ id, file, absolute, extension }: Listed, problems: Problem[]): RawIntervention {
  const source = readFileSync(absolute, 'utf8');
  const rawFrontmatter = extractFrontmatter(source);
  const format = extension === 'mdx' ? 'mdx' : 'md';
  if (rawFrontmatter === undefined) {
    problems.push({ file, message: 'has no frontmatter', hint: 'Start the file with a block between two --- lines holding title, summary, domain, offer, provider and schoolTypes.' });
    return { id, file, data: {}, body: source, format };
  }
  const data = parseYaml(rawFrontmatter, file, problems, 1);
  const body = source.replace(`---${rawFrontmatter}---`, rawFrontmatter.replace(/[^\r\n]/g, ''));
  if (format === 'mdx') checkMdxSyntax(body, file, problems);
  return { id, file, data, body, format };
}

/** Parses the body as MDX, as the site build will, so a syntax error is reported with the others. */
function checkMdxSyntax(body: string, file: string, problems: Problem[]): void {
  try {
    mdxToMdast(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+): (.*)$/s.exec(message);
    problems.push({
      file,
      line: match ? Number(match[1]) : undefined,
      message: `has an MDX syntax error: ${(match?.[3] ?? message).trim()}`,
      hint: 'In MDX, { } and < > are code: close every tag, or write them as \\{ \\} \\< in text.',
    });
  }
}

/** Reads the whole content folder. Never throws for bad content; only for a missing folder. */
export function readContent(root: string): ReadResult {
  const problems: Problem[] = [];
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    problems.push({ file: displayPath(root), message: 'is not a folder', hint: 'Set CONTENT_DIR to the folder that holds site.yaml, or create content/.' });
    return { content: { site: undefined, providers: [], interventions: [], schools: [] }, problems };
  }
  const sitePath = ['site.yaml', 'site.yml'].map((name) => path.join(root, name)).find((file) => statSync(file, { throwIfNoEntry: false }));
  let site: RawEntry | undefined;
  if (sitePath) {
    const file = displayPath(sitePath);
    const data = parseYaml(readFileSync(sitePath, 'utf8'), file, problems);
    if (data !== undefined) site = { id: 'site', file, data };
  } else {
    problems.push({ file: displayPath(path.join(root, 'site.yaml')), message: 'is missing', hint: 'Every catalogue needs a site.yaml with at least title, municipality and domains.' });
  }
  const interventions = listEntries(path.join(root, 'interventions'), ['mdx', 'md'], problems).map((listed) =>
    readIntervention(listed, problems),
  );
  return {
    content: {
      site,
      providers: readYamlEntries(path.join(root, 'providers'), problems),
      interventions,
      schools: readYamlEntries(path.join(root, 'schools'), problems),
    },
    problems,
  };
}
