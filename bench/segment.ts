import { loadTokenizer, normalize, segmentNote, tokenizeWith } from 'kozoka';
import { repeatedNotes } from './devnotes.js';
import { median } from './machine.js';

/** Segmentation + dates vs kuromoji tokenisation alone over the same ≥ 5 MB; dictionary load time. */
export async function benchSegment(): Promise<string> {
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const tokenizer = await loadTokenizer();
  const loadMs = performance.now() - t0;
  const rssAfter = process.memoryUsage().rss;

  const notes = repeatedNotes(5_000_000);
  const bytes = notes.reduce((n, x) => n + Buffer.byteLength(x.text), 0);
  const chars = notes.reduce((n, x) => n + x.text.length, 0);

  const timeTokenize = () => {
    const t = performance.now();
    for (const n of notes) tokenizeWith(tokenizer, normalize(n.text));
    return performance.now() - t;
  };
  const timeSegment = () => {
    const t = performance.now();
    for (const n of notes) segmentNote(n);
    return performance.now() - t;
  };
  timeSegment();
  timeTokenize();
  const tok: number[] = [];
  const seg: number[] = [];
  for (let r = 0; r < 3; r++) {
    tok.push(timeTokenize());
    seg.push(timeSegment());
  }
  const tokMs = median(tok);
  const segMs = median(seg);
  const mb = bytes / 1e6;
  const ratio = segMs / tokMs;
  return [
    '## Segmentation and dates vs kuromoji tokenisation',
    '',
    `Dev notes repeated to ${mb.toFixed(1)} MB UTF-8 (${chars.toLocaleString('en')} characters, ${notes.length.toLocaleString('en')} notes); median of 3 interleaved rounds after a warm-up.`,
    '',
    '| step | time (ms) | MB/s |',
    '|---|---:|---:|',
    `| \`segmentNote\` (normalise + dates + lines/sentences/sections) | ${segMs.toFixed(0)} | ${(mb / (segMs / 1000)).toFixed(1)} |`,
    `| kuromoji tokenisation alone (of the normalised text) | ${tokMs.toFixed(0)} | ${(mb / (tokMs / 1000)).toFixed(1)} |`,
    '',
    `Ratio segmentation / tokenisation: **${ratio.toFixed(2)}×** (target ≤ 1.3×: ${ratio <= 1.3 ? 'met' : 'NOT met'}). Segmentation does not call kuromoji; tokens are computed separately, on demand.`,
    '',
    `kuromoji dictionary load: **${loadMs.toFixed(0)} ms**, RSS +${((rssAfter - rssBefore) / 1e6).toFixed(0)} MB (process RSS ${(rssAfter / 1e6).toFixed(0)} MB after load).`,
  ].join('\n');
}
