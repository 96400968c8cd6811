import { parseArgs } from 'node:util';
import { assembleBatch, formatIssue, readInputs, type IngestResult, type InputFormat } from '../ingest/index.js';
import { openLineSink, UsageError } from './io.js';

export const PARSE_HELP = `Usage: kozoka parse <inputs…> [options]

Reads MML documents (.xml), plain-text notes (.txt), JSON Lines of notes
(.jsonl), directories of them (recursively) and '-' for stdin, and writes one
Note per line as JSON.

Options:
  --out <file>         write notes here (default: stdout)
  --patients <file>    write MML PatientInfo (identifying data!) as JSON Lines
  --diagnoses <file>   write MML RegisteredDiagnosis events as JSON Lines
  --format <f>         read every input as mml | text | jsonl (default: by extension)
  --encoding <e>       encoding of text/JSON Lines input (default: BOM, else UTF-8)
  --date <YYYY-MM-DD>  date of plain-text notes that have no 'date:' line
  --quiet              no summary line
Exit codes: 0 every input parsed, 1 some inputs or notes failed, 2 usage error.`;

/** `kozoka parse`: returns the exit code. */
export async function runParse(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      patients: { type: 'string' },
      diagnoses: { type: 'string' },
      format: { type: 'string' },
      encoding: { type: 'string' },
      date: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(PARSE_HELP + '\n');
    return 0;
  }
  const format = values.format as InputFormat | undefined;
  if (format && !['mml', 'text', 'jsonl'].includes(format)) {
    throw new UsageError(`--format must be mml, text or jsonl (got "${format}")`);
  }
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    throw new UsageError(`--date must be YYYY-MM-DD (got "${values.date}")`);
  }
  if (values.encoding) {
    try {
      new TextDecoder(values.encoding);
    } catch {
      throw new UsageError(`--encoding "${values.encoding}" is not an encoding Node.js knows (try utf-8, shift_jis, euc-jp)`);
    }
  }
  let inputs = positionals;
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no inputs: give files or directories, or pipe notes to stdin (see kozoka parse --help)');
    inputs = ['-'];
  }

  // Superseded editions can only be settled once the whole batch is known, so
  // `parse` gathers the batch before writing.
  const results: IngestResult[] = [];
  for await (const r of readInputs(inputs, { format, encoding: values.encoding, date: values.date })) results.push(r);
  const batch = assembleBatch(results);

  const out = openLineSink(values.out);
  for (const note of batch.notes) await out.write(JSON.stringify(note));
  await out.close();
  if (values.patients) {
    const sink = openLineSink(values.patients);
    for (const p of batch.patients) await sink.write(JSON.stringify(p));
    await sink.close();
  }
  if (values.diagnoses) {
    const sink = openLineSink(values.diagnoses);
    for (const d of batch.diagnoses) await sink.write(JSON.stringify(d));
    await sink.close();
  }

  for (const issue of batch.issues) process.stderr.write(formatIssue(issue) + '\n');
  const c = batch.counts;
  if (!values.quiet) {
    const skipped = Object.entries(c.skippedModules).map(([k, v]) => `${k} ${v}`).join(', ');
    process.stderr.write(
      `kozoka parse: ${c.files} file${c.files === 1 ? '' : 's'}, ${c.notes} note${c.notes === 1 ? '' : 's'}` +
        `, ${batch.patients.length} patient record(s), ${batch.diagnoses.length} registered diagnos${batch.diagnoses.length === 1 ? 'is' : 'es'}` +
        `, skipped modules: ${skipped || 'none'}, superseded ${c.superseded}, errors ${c.errors}, warnings ${c.warnings}\n`,
    );
  }
  return c.errors > 0 ? 1 : 0;
}
