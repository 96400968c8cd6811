import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue, readInputs, type InputFormat } from '../ingest/index.js';
import { extractWithRules } from '../rules/index.js';
import type { ClinicalEvent } from '../schema/events.js';
import { toCodoc } from '../write/codoc.js';
import { openLineSink, UsageError } from './io.js';

export const EXTRACT_HELP = `Usage: kozoka extract <inputs…> [options]

Extracts dated oncology events from notes (MML, .txt, .jsonl, directories, '-'
for stdin) and writes them as JSON Lines, note by note, as they are read.

Options:
  --provider rules        the extractor (default and, for now, the only one: the
                          openai and hybrid providers are not built yet)
  --format events|codoc   events: {note, events} per line (the gold-file shape that
                          'kozoka eval' reads); codoc: one flat Co-Doc-style record
                          per event (default: events)
  --out <file>            output file (default: stdout)
  --errors <file>         one JSON line per failed file or note (default: errors.jsonl
                          beside --out; with stdout output, stderr only)
  --summary <file>        the run summary as JSON
  --format-in <f>         read every input as mml | text | jsonl
  --encoding <e>          encoding of text / JSON Lines inputs
  --date <YYYY-MM-DD>     date of plain-text notes without a 'date:' line
  --quiet                 no summary on stderr
Exit codes: 0 every note extracted, 1 some inputs or notes failed (recorded), 2 usage.`;

/** `kozoka extract`: returns the exit code. */
export async function runExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      provider: { type: 'string', default: 'rules' },
      format: { type: 'string', default: 'events' },
      out: { type: 'string' },
      errors: { type: 'string' },
      summary: { type: 'string' },
      'format-in': { type: 'string' },
      encoding: { type: 'string' },
      date: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EXTRACT_HELP + '\n');
    return 0;
  }
  if (values.provider !== 'rules') {
    throw new UsageError(`--provider ${values.provider} is not available in this version; use --provider rules (the default)`);
  }
  if (values.format !== 'events' && values.format !== 'codoc') throw new UsageError(`--format must be events or codoc (got "${values.format}")`);
  const formatIn = values['format-in'] as InputFormat | undefined;
  if (formatIn && !['mml', 'text', 'jsonl'].includes(formatIn)) throw new UsageError(`--format-in must be mml, text or jsonl`);
  let inputs = positionals;
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no inputs: give files or directories, or pipe notes to stdin (see kozoka extract --help)');
    inputs = ['-'];
  }

  const started = Date.now();
  if (values.out) mkdirSync(dirname(values.out), { recursive: true });
  const errorsPath = values.errors ?? (values.out ? join(dirname(values.out), 'errors.jsonl') : undefined);
  const out = openLineSink(values.out);
  const errors = errorsPath ? openLineSink(errorsPath) : undefined;
  const counts = { inputs: 0, inputsFailed: 0, notesIn: 0, notesOut: 0, notesFailed: 0, events: 0, eventsByType: {} as Record<string, number>, superseded: 0, skippedModules: {} as Record<string, number>, warnings: 0 };

  for await (const r of readInputs(inputs, { format: formatIn, encoding: values.encoding, date: values.date })) {
    counts.inputs++;
    for (const issue of r.issues) {
      if (issue.severity === 'warning') counts.warnings++;
      else if (issue.line !== undefined && r.format === 'jsonl') counts.notesIn++, counts.notesFailed++; // a bad JSON Lines line is a note lost
      if (!values.quiet || issue.severity === 'error') process.stderr.write(formatIssue(issue) + '\n');
      if (issue.severity === 'error') await errors?.write(JSON.stringify(issue));
    }
    if (r.issues.some((i) => i.severity === 'error' && i.line === undefined)) counts.inputsFailed++;
    for (const [k, v] of Object.entries(r.skippedModules)) counts.skippedModules[k] = (counts.skippedModules[k] ?? 0) + v;
    // Within one file a revised edition supersedes its parent.
    const replaced = new Set(r.notes.flatMap((n) => (n.source?.parentId ? [n.source.parentId] : [])));
    for (const note of r.notes) {
      counts.notesIn++;
      if (replaced.has(note.source?.docId ?? '')) {
        counts.superseded++;
        counts.notesOut++; // accounted for: replaced by its revision in this output
        continue;
      }
      let events: ClinicalEvent[];
      try {
        events = extractWithRules(note);
      } catch (err) {
        counts.notesFailed++;
        const issue = { severity: 'error' as const, code: 'extract', file: r.file, note: note.id, message: `extraction failed: ${(err as Error).message}` };
        process.stderr.write(`error: ${r.file} [note ${note.id}]: ${issue.message}\n`);
        await errors?.write(JSON.stringify(issue));
        continue;
      }
      counts.notesOut++;
      counts.events += events.length;
      for (const e of events) counts.eventsByType[e.type] = (counts.eventsByType[e.type] ?? 0) + 1;
      if (values.format === 'codoc') for (const e of events) await out.write(JSON.stringify(toCodoc(note, e)));
      else await out.write(JSON.stringify({ note, events }));
    }
  }
  await out.close();
  await errors?.close();
  const summary = { provider: 'rules', ...counts, wallSeconds: (Date.now() - started) / 1000 };
  if (values.summary) writeFileSync(values.summary, JSON.stringify(summary, null, 2) + '\n');
  if (!values.quiet) {
    const types = Object.entries(counts.eventsByType).map(([k, v]) => `${k} ${v}`).join(', ');
    process.stderr.write(
      `kozoka extract: ${counts.inputs} input(s), notes in ${counts.notesIn} = out ${counts.notesOut} (incl. ${counts.superseded} superseded) + failed ${counts.notesFailed}; ` +
        `${counts.events} events (${types || 'none'}); ${summary.wallSeconds.toFixed(1)} s\n`,
    );
  }
  return counts.notesFailed > 0 || counts.inputsFailed > 0 ? 1 : 0;
}
