import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// The developers' guide: functions under ~60 lines, never over 80.
const MAX_LINES = 80;
const FOLDERS = ['src', 'scripts'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => path.join(folder, file));
}

function nameOf(node: ts.FunctionLikeDeclaration, file: ts.SourceFile): string {
  if (node.name) return node.name.getText(file);
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name) return parent.name.getText(file);
  return `(anonymous function at line ${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1})`;
}

/** Every function, method and arrow function in the file with its length in lines, nested ones included. */
function functionLengths(fileName: string): { where: string; lines: number }[] {
  const file = ts.createSourceFile(fileName, readFileSync(fileName, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { where: string; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const last = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ where: `${fileName} ${nameOf(node as ts.FunctionLikeDeclaration, file)}`, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('function length', () => {
  test(`no function in src/ or scripts/ is longer than ${MAX_LINES} lines`, () => {
    const tooLong = FOLDERS.flatMap(sourceFiles)
      .flatMap(functionLengths)
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ where, lines }) => `${where}: ${lines} lines`);
    expect(tooLong).toEqual([]);
  });

  test('a function over the limit is found, with its file and name', () => {
    // Written to a file: the check reads the tree from disk.
    const body = Array.from({ length: MAX_LINES }, (_, i) => `  const line${i} = ${i};`).join('\n');
    const fixture = path.join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'function-length-fixture.ts');
    ts.sys.writeFile(fixture, `export const long = () => {\n${body}\n};\nexport function short(): number {\n  return 1;\n}\n`);
    expect(functionLengths(fixture)).toEqual([
      { where: `${fixture} long`, lines: MAX_LINES + 2 },
      { where: `${fixture} short`, lines: 3 },
    ]);
  });
});
