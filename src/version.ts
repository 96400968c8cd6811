import { readFileSync } from 'node:fs';

/** kozoka's version, from its package.json (for Provenance and summaries). */
export const KOZOKA_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
