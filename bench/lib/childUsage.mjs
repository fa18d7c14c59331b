// Preloaded into a benchmark's child processes (node --import): at exit, appends the process's CPU
// time and peak resident memory to the file named by SCRUTINY_BENCH_USAGE, one JSON line per process,
// so the parent can add up CPU and take the largest RSS across a command's processes.
import { appendFileSync } from 'node:fs';

const file = process.env.SCRUTINY_BENCH_USAGE;
if (file)
  process.on('exit', () => {
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    appendFileSync(
      file,
      `${JSON.stringify({ pid: process.pid, cpuMs: (userCPUTime + systemCPUTime) / 1000, maxRssKb: maxRSS })}\n`,
    );
  });
