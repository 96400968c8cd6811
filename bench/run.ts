// `npm run bench`: runs every benchmark, each in a fresh process, and rewrites bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machineLine } from './machine.js';

const sections: string[] = [];
// `npm run bench -- batch` runs one and only prints it; with no names, all run and
// bench/RESULTS.md is rewritten.
const only = process.argv.slice(2);
for (const name of only.length ? only : ['ingest', 'segment', 'rules', 'llm', 'batch']) {
  // Let the machine settle after the previous benchmark held the CPU for minutes.
  if (sections.length) await new Promise((r) => setTimeout(r, 10_000));
  process.stderr.write(`bench: ${name}…\n`);
  const section = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'one.ts'), name], { encoding: 'utf8', maxBuffer: 1 << 24 });
  process.stdout.write(section + '\n\n');
  sections.push(section.trim());
}
const out = ['# Benchmark results', '', `Machine and date: ${machineLine()}`, '', 'Regenerate with `npm run bench` (each benchmark runs in its own process).', '', ...sections.flatMap((s) => [s, ''])].join('\n');
if (!only.length) writeFileSync(join(import.meta.dirname, 'RESULTS.md'), out);
