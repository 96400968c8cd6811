// `npm run bench`: runs every benchmark and rewrites bench/RESULTS.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchIngest } from './ingest.js';
import { machineLine } from './machine.js';
import { benchLlm } from './llm.js';
import { benchRules } from './rules.js';
import { benchSegment } from './segment.js';

const sections: string[] = [];
for (const [name, run] of [
  ['ingest', benchIngest],
  ['segment', benchSegment],
  ['rules', benchRules],
  ['llm', benchLlm],
] as const) {
  process.stderr.write(`bench: ${name}…\n`);
  const section = await run();
  process.stdout.write(section + '\n\n');
  sections.push(section);
}
const out = ['# Benchmark results', '', `Machine and date: ${machineLine()}`, '', 'Regenerate with `npm run bench`.', '', ...sections.flatMap((s) => [s, ''])].join('\n');
writeFileSync(join(import.meta.dirname, 'RESULTS.md'), out);
