import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { pseudonymizeNote } from '../privacy/apply.js';
import { renderReviewHtml, type ReviewItem } from '../write/review.js';
import { pseudonymKeyOption, readEventsLines, UsageError } from './io.js';

export const REVIEW_HELP = `Usage: kozoka review <events.jsonl…> --out review.html [options]

Writes one self-contained HTML page (no network, no external scripts) to review
extracted events: each note's text with every event's evidence highlighted in a colour
per type, the events with their fields, dates and warnings beside it, filters by type
and by warning (ungrounded, date disagreement, rules/LLM conflict), and keyboard
navigation between notes (→ n j / ← p k). The page holds the note text: treat it as
you treat the notes.

Options:
  --out <file>            the HTML file (required)
  --limit <n>             only the first n notes (a page for a sample of a big run)
  --title <text>          page title
  --pseudonym-key-file <f> show keyed pseudonyms instead of source patient ids (or set
                          KOZOKA_PSEUDONYM_KEY)
Exit codes: 0 every line shown, 1 some lines were not valid events lines, 2 usage.`;

/** `kozoka review`: returns the exit code. */
export async function runReview(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      limit: { type: 'string' },
      title: { type: 'string' },
      'pseudonym-key-file': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(REVIEW_HELP + '\n');
    return 0;
  }
  if (!values.out) throw new UsageError('kozoka review needs --out <file.html>');
  if (!positionals.length) throw new UsageError('no inputs: give events files (kozoka extract --format events output, or a gold file)');
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (limit !== Infinity && (!Number.isInteger(limit) || limit < 1)) throw new UsageError(`--limit must be a positive whole number (got "${values.limit}")`);
  const key = pseudonymKeyOption(values['pseudonym-key-file']);
  const items: ReviewItem[] = [];
  let bad = 0;
  for await (const item of readEventsLines(positionals)) {
    if (items.length >= limit) break;
    if (item.ok) items.push({ note: key ? pseudonymizeNote(item.value.note, key) : item.value.note, events: item.value.events });
    else {
      bad++;
      process.stderr.write(`error: ${item.file}:${item.line}: ${item.reason}\n`);
    }
  }
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, renderReviewHtml(items, values.title ? { title: values.title } : {}));
  process.stderr.write(`kozoka review: ${items.length} notes, ${items.reduce((n, i) => n + i.events.length, 0)} events → ${values.out}${bad ? `; ${bad} bad line(s)` : ''}\n`);
  return bad ? 1 : 0;
}
