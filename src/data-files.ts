// The one reader of the tab-separated data files under data/ (see data/README.md):
// every stage that needs vocabulary or codes reads them through this function.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

/** Rows of a data file: tab-separated, `#` comments and blank lines skipped. */
export function readTable(name: string): string[][] {
  return readFileSync(DATA_DIR + name, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}
