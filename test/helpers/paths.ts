import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** `../shared` beside the project, as in CI. */
export const SHARED = join(ROOT, '..', 'shared');
export const DEV_GOLD_FILES = ['seed.gold.jsonl', 'dev.gold.jsonl'].map((f) => join(SHARED, 'corpus', 'dev', f));
