import { parseArgs } from 'node:util';
import { formatIssue, readInputs, type InputFormat } from '../ingest/index.js';
import { deidentify, type IdentifierKind } from '../privacy/deid.js';
import { pseudonymizeNote } from '../privacy/apply.js';
import { openLineSink, pseudonymKeyOption } from './io.js';

export const DEID_HELP = `Usage: kozoka deid <inputs…> [--out masked.jsonl] [--pseudonym-key-file key]

Writes each note with its identifiers masked (names, phones, postal codes,
addresses, e-mail, patient and record numbers, insurer numbers, My Number,
dates of birth) as typed placeholders such as ［氏名］, one Note per line, and
prints the counts per identifier type. With a pseudonym key, patient ids are
replaced by keyed pseudonyms too. Masking is a safeguard, not anonymisation.`;

/** `kozoka deid`: returns the exit code. */
export async function runDeid(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'pseudonym-key-file': { type: 'string' },
      'format-in': { type: 'string' },
      encoding: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(DEID_HELP + '\n');
    return 0;
  }
  const key = pseudonymKeyOption(values['pseudonym-key-file']);
  const inputs = positionals.length ? positionals : ['-'];
  const out = openLineSink(values.out);
  const counts: Partial<Record<IdentifierKind, number>> = {};
  let notes = 0;
  let failed = 0;
  for await (const r of readInputs(inputs, { format: values['format-in'] as InputFormat | undefined, encoding: values.encoding })) {
    const patients = new Map(r.patients.map((p) => [p.id, p]));
    for (const issue of r.issues) {
      if (issue.severity === 'error') failed++;
      process.stderr.write(formatIssue(issue) + '\n');
    }
    for (const note of r.notes) {
      const patient = note.patientId ? patients.get(note.patientId) : undefined;
      const masked = deidentify(note.text, patient ? { patient } : {});
      for (const [k, v] of Object.entries(masked.counts)) counts[k as IdentifierKind] = (counts[k as IdentifierKind] ?? 0) + v;
      const safe = key ? pseudonymizeNote(note, key) : note;
      await out.write(JSON.stringify({ ...safe, text: masked.text }));
      notes++;
    }
  }
  await out.close();
  if (!values.quiet) {
    const list = Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ');
    process.stderr.write(`kozoka deid: ${notes} notes, masked: ${list || 'nothing'}${key ? '; patient ids pseudonymised' : '; patient ids kept (no key)'}\n`);
  }
  return failed ? 1 : 0;
}
