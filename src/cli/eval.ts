import { parseArgs } from 'node:util';
import { formatEvalErrors, formatEvalTable, readNoteEventsFile, score } from '../eval/index.js';
import { UsageError } from './io.js';

export const EVAL_HELP = `Usage: kozoka eval --gold <gold.jsonl> --pred <pred.jsonl> [--json] [--errors]

Scores predicted events against gold events (both {note, events} per line) as
EVENTS.md "How kozoka eval scores" says: per type and overall precision, recall
and F1 on content keys, the share of matched pairs with equal dates, and strict F1.

Options:
  --json     print the scores as JSON (for notebooks)
  --errors   also list every false negative (FN), false positive (FP) and date
             mismatch (DATE) with its note and evidence`;

/** `kozoka eval`: returns the exit code. */
export async function runEval(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string' },
      pred: { type: 'string' },
      json: { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EVAL_HELP + '\n');
    return 0;
  }
  if (!values.gold || !values.pred) throw new UsageError('eval needs --gold <file> and --pred <file> (see kozoka eval --help)');
  const [gold, pred] = await Promise.all([readNoteEventsFile(values.gold), readNoteEventsFile(values.pred)]);
  const result = score(gold, pred);
  if (values.json) {
    const { byType, overall, unknownNotes } = result;
    const out: Record<string, unknown> = { overall, byType, unknownNotes };
    if (values.errors) Object.assign(out, { falsePositives: result.falsePositives, falseNegatives: result.falseNegatives, dateMismatches: result.dateMismatches });
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    process.stdout.write(formatEvalTable(result) + '\n');
    if (values.errors) process.stdout.write('\n' + formatEvalErrors(result) + '\n');
  }
  return 0;
}
