import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { extractWithRules, FhirMapper, type Note } from 'kozoka';
import { devNotes } from './devnotes.js';

const OUT = join(import.meta.dirname, 'out', 'batch');
const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
/** Preloaded into a child: writes its peak RSS (kB, from getrusage) to a file at exit. */
const MAXRSS = join(import.meta.dirname, 'maxrss.mjs');

/** `n` synthetic notes (the dev notes with new ids and patients) as JSON Lines. */
function writeNotes(n: number): string {
  const base = devNotes();
  const path = join(OUT, `notes-${n}.jsonl`);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const note = base[i % base.length]!;
    lines.push(JSON.stringify({ ...note, id: `${note.id}-b${i}`, patientId: `BENCH-${Math.floor(i / 7)}` }));
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

/** Runs node with the peak-RSS hook; returns wall seconds and peak RSS in MB. */
function measure(args: string[]): { seconds: number; rssMb: number; stderr: string } {
  const rssFile = join(OUT, `rss-${process.pid}-${Date.now()}`);
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', MAXRSS, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KOZOKA_BENCH_RSS_FILE: rssFile }, maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(rssFile);
  return { seconds, rssMb, stderr: r.stderr };
}

/** In-process library throughput on the same notes: extraction, and extraction + FHIR mapping. */
function libraryRate(path: string): { extract: number; extractFhir: number } {
  const notes = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Note);
  for (const n of notes.slice(0, 2000)) extractWithRules(n); // warm-up
  let t = performance.now();
  for (const n of notes) extractWithRules(n);
  const extract = notes.length / ((performance.now() - t) / 1000);
  const mapper = new FhirMapper({ recorded: new Date().toISOString() });
  let resources = 0;
  t = performance.now();
  for (const n of notes) resources += mapper.mapNote({ note: n, events: extractWithRules(n) }).length;
  const extractFhir = notes.length / ((performance.now() - t) / 1000);
  if (!resources) throw new Error('no resources mapped');
  return { extract, extractFhir };
}

/**
 * `kozoka extract --provider rules --format fhir-ndjson` over 10,000 and 100,000
 * synthetic notes: notes/s and peak RSS, against a process that only loads the
 * kuromoji dictionary, and against the library in one process.
 */
export async function benchBatch(): Promise<string> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const kuromoji = measure(['--input-type=module', '-e', "import { loadTokenizer } from 'kozoka'; await loadTokenizer();"]);
  const rows: string[] = [];
  const results: Record<number, { rate: number; rssMb: number }> = {};
  let library = { extract: 0, extractFhir: 0 };
  let cappedRss = 0;
  for (const n of [10_000, 100_000]) {
    const input = writeNotes(n);
    const run = measure([CLI, 'extract', input, '--provider', 'rules', '--format', 'fhir-ndjson', '--out', join(OUT, `fhir-${n}`), '--quiet']);
    const rate = n / run.seconds;
    results[n] = { rate, rssMb: run.rssMb };
    rows.push(`| \`kozoka extract --format fhir-ndjson\`, ${n.toLocaleString('en')} notes | ${run.seconds.toFixed(1)} | ${rate.toFixed(0)} | ${run.rssMb.toFixed(0)} |`);
    rmSync(join(OUT, `fhir-${n}`), { recursive: true, force: true });
    if (n === 100_000) {
      // Flat memory, shown directly: the same run inside a 96 MB V8 heap (the input
      // alone is over 100 MB of JSON, so nothing can be holding the batch).
      const capped = measure(['--max-old-space-size=96', CLI, 'extract', input, '--provider', 'rules', '--format', 'fhir-ndjson', '--out', join(OUT, 'fhir-capped'), '--quiet']);
      cappedRss = capped.rssMb;
      rows.push(`| the same, 100,000 notes, V8 heap capped at 96 MB (\`--max-old-space-size=96\`) | ${capped.seconds.toFixed(1)} | ${(n / capped.seconds).toFixed(0)} | ${capped.rssMb.toFixed(0)} |`);
      rmSync(join(OUT, 'fhir-capped'), { recursive: true, force: true });
      library = libraryRate(input);
    }
  }
  const big = results[100_000]!;
  const small = results[10_000]!;
  const rssTarget = kuromoji.rssMb + 100;
  const growth = big.rssMb - small.rssMb;
  const overheadExtract = 1 - big.rate / library.extract;
  const overheadFhir = 1 - big.rate / library.extractFhir;
  // kozoka extract's default --jobs for FHIR NDJSON with the rules provider.
  const workers = Math.min(4, availableParallelism());
  return [
    '## Batch CLI: 100,000 notes to FHIR NDJSON',
    '',
    'Synthetic notes: the 21 dev notes repeated with new note ids (7 notes per patient), as JSON Lines; rules provider; each run a fresh process; peak RSS from getrusage at exit. Wall time includes process start and writing the NDJSON files.',
    '',
    '| run | wall (s) | notes/s | peak RSS (MB) |',
    '|---|---:|---:|---:|',
    `| a process that only loads the kuromoji dictionary | ${kuromoji.seconds.toFixed(1)} | – | ${kuromoji.rssMb.toFixed(0)} |`,
    ...rows,
    `| library in one process: \`extractWithRules\` on the 100,000 notes | – | ${library.extract.toFixed(0)} | – |`,
    `| library in one process: \`extractWithRules\` + \`FhirMapper.mapNote\` | – | ${library.extractFhir.toFixed(0)} | – |`,
    '',
    `- Memory: peak RSS ${big.rssMb.toFixed(0)} MB for 100,000 notes vs ${rssTarget.toFixed(0)} MB allowed (kuromoji-only + 100 MB): ${big.rssMb <= rssTarget ? 'met' : 'NOT met'}. From 10,000 to 100,000 notes the default-heap peak changes by ${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB; with the V8 heap capped at 96 MB the 100,000-note run completes at ${cappedRss.toFixed(0)} MB peak, so that difference is V8 using heap headroom, not memory held per note (flat: ${cappedRss > 0 && cappedRss <= small.rssMb ? 'met' : 'NOT met'}). JSON Lines inputs are read in ~1 MB parts; the FHIR mapper keeps one small record per patient; worker threads (\`--jobs\`, here ${workers}) are included.`,
    `- Throughput, like for like: the CLI runs at ${(100 * big.rate / library.extractFhir).toFixed(0)} % of the library doing the same job in one process (extraction + FHIR mapping): CLI overhead ${(overheadFhir * 100).toFixed(0)} % (target ≤ 20 %: ${overheadFhir <= 0.2 ? 'met' : 'NOT met'}). The CLI does more than that job: it reads and parses the input and serialises ~25 KB of FHIR JSON per note, which takes about as long as the mapping. Its ${workers} worker thread(s) extract, map and serialise (each patient's notes in one worker); the main thread only reads and writes, so the CLI scales with cores, which this ${availableParallelism()}-core machine does not show.`,
    `- Against the library's extraction alone (no FHIR): ${(100 * big.rate / library.extract).toFixed(0)} % (overhead ${(overheadExtract * 100).toFixed(0)} %${overheadExtract <= 0.2 ? '' : '; the CLI also maps and serialises FHIR, which the library figure leaves out'}).`,
  ].join('\n');
}
