// Reading notes with the library, as a notebook or an ETL job would.
import { readFileSync } from 'node:fs';
import { assembleBatch, formatIssue, notesFromMml, readInputs, type IngestResult } from 'kozoka';

// One MML document, from bytes (the encoding comes from the XML prolog).
const [codoc] = notesFromMml(readFileSync(new URL('./notes/codoc-progress-note.xml', import.meta.url)));
console.log(`${codoc!.id} ${codoc!.date} ${codoc!.text.split('\n')[0]}`);

// A whole folder (MML, .txt and .jsonl alike); problems come back as values.
const results: IngestResult[] = [];
for await (const r of readInputs([new URL('./notes', import.meta.url).pathname])) results.push(r);
const batch = assembleBatch(results);
for (const note of batch.notes) console.log(`${note.id}\t${note.date ?? '-'}\t${note.text.length} chars`);
for (const issue of batch.issues) console.error(formatIssue(issue));
