/** Every file of a folder and its bytes, to show a folder is exactly as it was before a build. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) files[name] = readFileSync(file, 'base64');
  }
  return files;
}
