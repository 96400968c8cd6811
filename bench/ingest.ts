import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import xml2js from 'xml2js';
import { parseMml } from 'kozoka';
import { median } from './machine.js';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures');

/** The UTF-8 MML fixtures that parse (so both parsers see the same decodable bytes). */
function corpus(): Buffer[] {
  const files: Buffer[] = [];
  for (const dir of ['mml-public', 'mml']) {
    for (const f of readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.xml')).sort()) {
      const bytes = readFileSync(join(FIXTURES, dir, f));
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        parseMml(bytes);
        files.push(bytes);
      } catch {
        // malformed, not MML, or not UTF-8: not a parse-speed input
      }
    }
  }
  return files;
}

/** parseMml vs a bare xml2js.parseStringPromise over the same ≥ 20 MB, interleaved rounds. */
export async function benchIngest(): Promise<string> {
  const files = corpus();
  const docs: Buffer[] = [];
  let bytes = 0;
  while (bytes < 20e6) for (const f of files) (docs.push(f), (bytes += f.length));
  const mb = bytes / 1e6;

  const timeMml = () => {
    const t = performance.now();
    let notes = 0;
    for (const d of docs) notes += parseMml(d).notes.length;
    return [performance.now() - t, notes] as const;
  };
  const timeXml2js = async () => {
    const t = performance.now();
    for (const d of docs) await xml2js.parseStringPromise(d);
    return performance.now() - t;
  };
  await timeXml2js(); // warm-up both
  timeMml();
  const mml: number[] = [];
  const bare: number[] = [];
  let notes = 0;
  for (let round = 0; round < 3; round++) {
    bare.push(await timeXml2js());
    const [ms, n] = timeMml();
    mml.push(ms);
    notes = n;
  }
  const mmlMs = median(mml);
  const bareMs = median(bare);
  const ratio = mmlMs / bareMs;
  return [
    '## Ingest: parseMml vs bare xml2js',
    '',
    `${files.length} UTF-8 MML fixtures repeated to ${mb.toFixed(1)} MB (${docs.length} documents, ${notes} notes); median of 3 interleaved rounds after a warm-up.`,
    '',
    '| parser | time (ms) | MB/s |',
    '|---|---:|---:|',
    `| \`parseMml\` (decode + parse + Note building) | ${mmlMs.toFixed(0)} | ${(mb / (mmlMs / 1000)).toFixed(1)} |`,
    `| bare \`xml2js.parseStringPromise\` | ${bareMs.toFixed(0)} | ${(mb / (bareMs / 1000)).toFixed(1)} |`,
    '',
    `Ratio parseMml / xml2js: **${ratio.toFixed(2)}×** (target ≤ 1.5×: ${ratio <= 1.5 ? 'met' : 'NOT met'}).`,
  ].join('\n');
}
