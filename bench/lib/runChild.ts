/**
 * Run a command as a child process and measure it: wall time, CPU time and peak resident memory of
 * every node process it starts (bin/scrutiny.js starts tsx, which starts the program), via the
 * childUsage.mjs preload. The child's stdout is returned for its --json summary.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const USAGE_MODULE = resolve(fileURLToPath(import.meta.url), '..', 'childUsage.mjs');

export interface ChildRun {
  readonly wallMs: number;
  /** CPU time of all the child's node processes together (user + system, all threads). */
  readonly cpuMs: number;
  /** The largest peak RSS of any one of them. */
  readonly maxRssMb: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

export async function runChild(args: readonly string[], cwd: string): Promise<ChildRun> {
  const usageFile = join(tmpdir(), `scrutiny-bench-usage-${process.pid}-${Date.now()}.jsonl`);
  const env = {
    ...process.env,
    SCRUTINY_BENCH_USAGE: usageFile,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${USAGE_MODULE}`.trim(),
  };
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
  const wallMs = performance.now() - started;
  const usage = existsSync(usageFile)
    ? readFileSync(usageFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { cpuMs: number; maxRssKb: number })
    : [];
  rmSync(usageFile, { force: true });
  return {
    wallMs,
    cpuMs: usage.reduce((sum, u) => sum + u.cpuMs, 0),
    maxRssMb: Math.max(0, ...usage.map((u) => u.maxRssKb / 1024)),
    stdout,
    stderr,
    code,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Run each case `runs` times, interleaved (a burst of load on a shared machine then hits every case
 * alike), failing on the first non-zero exit. Results are keyed by label, in run order.
 */
export async function runInterleaved(
  cases: readonly { label: string; args: readonly string[] }[],
  runs: number,
  cwd: string,
): Promise<Map<string, ChildRun[]>> {
  const results = new Map<string, ChildRun[]>(cases.map((c) => [c.label, []]));
  for (let run = 0; run < runs; run++)
    for (const c of cases) {
      const result = await runChild(c.args, cwd);
      if (result.code !== 0) throw new Error(`${c.label} failed (exit ${result.code}): ${result.stderr}`);
      results.get(c.label)?.push(result);
    }
  return results;
}
