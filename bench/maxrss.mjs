// Preloaded by bench/batch.ts into a child process: at exit, writes the process's peak
// resident set size (kB, getrusage ru_maxrss) to $KOZOKA_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.KOZOKA_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
