/**
 * Runs a command as a child process and measures it from outside: wall time, and the peak
 * resident memory of its whole process tree (Node, its worker threads, and Pagefind's own
 * binary, which `process.resourceUsage()` inside the build cannot see), sampled with `ps`.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SAMPLE_EVERY_MS = 200;

export interface TimedRun {
  wallMs: number;
  /** Highest sampled sum of resident memory over the process and its descendants. */
  peakTreeRssMb: number;
  exitCode: number;
  /** The last lines of stdout and stderr, for a failure's message. */
  outputTail: string;
}

/** Sum of RSS (MB) of `rootPid` and every process below it. */
async function treeRssMb(rootPid: number): Promise<number> {
  const { stdout } = await run('ps', ['-e', '-o', 'pid=,ppid=,rss=']);
  const rows = stdout.trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const inTree = new Set([rootPid]);
  // Parents are usually listed before children; repeat until no new descendant turns up.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows) if (inTree.has(ppid) && !inTree.has(pid)) (inTree.add(pid), (grew = true));
  }
  return rows.reduce((sum, [pid, , rssKb]) => (inTree.has(pid) ? sum + rssKb : sum), 0) / 1024;
}

export async function runTimed(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<TimedRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) treeRssMb(child.pid).then((mb) => (peak = Math.max(peak, mb)), () => {});
  }, SAMPLE_EVERY_MS);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(sampler);
  return { wallMs: Math.round(performance.now() - started), peakTreeRssMb: Math.round(peak), exitCode, outputTail: output };
}
