/**
 * Debian's Chromium (or CHROME_PATH) started headless with a DevTools port for Lighthouse, which
 * only connects to a running browser: nothing is downloaded. Port 0 lets the browser pick a free
 * one, read back from the line it prints, so two audits on one machine do not collide.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH } from '../lib/browser.ts';

export interface AuditBrowser {
  port: number;
  close(): Promise<void>;
}

/** Lighthouse's own CHROME_PATH first; else the Chromium the browser tests use (CHROMIUM_PATH, else Debian's). */
function chromiumPath(): string {
  return process.env.CHROME_PATH ?? CHROMIUM_PATH;
}

export async function startChromium(): Promise<AuditBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'aanbodgids-audit-profile-'));
  const child = spawn(chromiumPath(), ['--headless=new', '--no-sandbox', '--no-first-run', '--disable-gpu', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let printed = '';
    child.stderr.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const listening = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(printed);
      if (listening) resolve(Number(listening[1]));
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${chromiumPath()} exited (${code}) before it listened:\n${printed}`)));
  });
  return {
    port,
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
