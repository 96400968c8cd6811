import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pseudonymizeNote, pseudonymizeString } from '../privacy/apply.js';
import { KOZOKA_VERSION } from '../version.js';
import { FHIR_OPTIONS_HELP, FHIR_PARSE_OPTIONS, openFhirOutput } from './fhir-output.js';
import { openLineSink, pseudonymKeyOption, readEventsLines, UsageError } from './io.js';

export const FHIR_HELP = `Usage: kozoka fhir <events.jsonl…> [options]

Maps events already extracted ('kozoka extract --format events', or a gold file) to
FHIR R4 without extracting again. '-' reads stdin.

Options:
  --format ndjson|bundle  ndjson (default): Bulk Data, one <Type>.ndjson per resource
                          type in the --out folder; bundle: one Bundle per patient
                          per line
${FHIR_OPTIONS_HELP}
  --out <folder|file>     output (a folder for ndjson; a file or stdout for bundle)
  --errors <file>         one JSON line per bad input line (default: errors.jsonl
                          beside --out; with stdout output, stderr only)
  --pseudonym-key-file <f> replace patient ids with keyed pseudonyms (or set
                          KOZOKA_PSEUDONYM_KEY); needed when the events file still
                          holds source ids
  --provider <name>       extractor named in Provenance (default: the events' source)
  --model <name>          model named in Provenance
  --quiet                 no summary on stderr
Exit codes: 0 every line mapped, 1 some lines failed (recorded), 2 usage.`;

/** `kozoka fhir`: returns the exit code. */
export async function runFhir(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'ndjson' },
      out: { type: 'string' },
      errors: { type: 'string' },
      'pseudonym-key-file': { type: 'string' },
      provider: { type: 'string' },
      model: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      ...FHIR_PARSE_OPTIONS,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(FHIR_HELP + '\n');
    return 0;
  }
  const format = values.format!;
  if (format !== 'ndjson' && format !== 'bundle') throw new UsageError(`--format must be ndjson or bundle (got "${format}")`);
  if (positionals.length === 0) throw new UsageError('no inputs: give events files (kozoka extract --format events output) or - for stdin');
  const key = pseudonymKeyOption(values['pseudonym-key-file']);
  const started = Date.now();
  const output = openFhirOutput(format, values.out, values, {
    version: KOZOKA_VERSION,
    ...(values.provider ? { provider: values.provider } : {}),
    ...(values.model ? { model: values.model } : {}),
    pseudonymized: !!key,
    recorded: new Date(started).toISOString(),
  });
  const errorsPath = values.errors ?? (values.out ? join(dirname(values.out), 'errors.jsonl') : undefined);
  const errors = errorsPath ? openLineSink(errorsPath) : undefined;
  const rawIds = new Set<string>();
  const hide = (s: string) => (key ? pseudonymizeString(s, rawIds, key) : s);
  let notesIn = 0, notesOut = 0, failed = 0, events = 0;
  for await (const item of readEventsLines(positionals)) {
    notesIn++;
    if (!item.ok) {
      failed++;
      const issue = { severity: 'error', code: 'fhir-input', file: item.file, line: item.line, message: item.reason };
      process.stderr.write(hide(`error: ${item.file}:${item.line}: ${item.reason}`) + '\n');
      await errors?.write(hide(JSON.stringify(issue)));
      continue;
    }
    const { note: raw, events: noteEvents } = item.value;
    if (raw.patientId) rawIds.add(raw.patientId);
    await output.write(key ? pseudonymizeNote(raw, key) : raw, noteEvents);
    notesOut++;
    events += noteEvents.length;
  }
  const result = await output.close();
  await errors?.close();
  if (!values.quiet) {
    const types = Object.entries(result.resources).map(([k, v]) => `${k} ${v}`).join(', ');
    process.stderr.write(`kozoka fhir: notes in ${notesIn} = mapped ${notesOut} + failed ${failed}; ${events} events → ${types || 'no resources'}${result.bundles !== undefined ? ` in ${result.bundles} bundle(s)` : ''}; ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  return failed > 0 ? 1 : 0;
}
