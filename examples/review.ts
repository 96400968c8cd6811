// A review page for the example notes: rules extraction, then one self-contained
// HTML file to open in a browser (the same page `kozoka review` writes).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractWithRules, readInputs, renderReviewHtml, type ReviewItem } from 'kozoka';

const items: ReviewItem[] = [];
for await (const input of readInputs([new URL('./notes', import.meta.url).pathname])) {
  for (const note of input.notes) items.push({ note, events: extractWithRules(note) });
}
const out = join(process.argv[2] ?? tmpdir(), 'kozoka-review.html');
writeFileSync(out, renderReviewHtml(items, { title: 'kozoka examples' }));
console.log(`${items.length} notes, ${items.reduce((n, i) => n + i.events.length, 0)} events → ${out}`);
