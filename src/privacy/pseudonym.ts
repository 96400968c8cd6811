import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** RFC 4648 base32, lower case, no padding. */
function base32(bytes: Uint8Array): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

/**
 * A keyed pseudonym for an identifier: HMAC-SHA256(key, id), stable across runs
 * and machines with the same key, unrelated under another key, and not
 * reversible or guessable without the key (never a bare hash, which anyone can
 * recompute for every possible patient number).
 */
export function pseudonymize(id: string, key: Uint8Array | string, encoding: 'base32' | 'hex' = 'base32'): string {
  const mac = createHmac('sha256', key).update(id, 'utf8').digest();
  return encoding === 'hex' ? mac.toString('hex') : base32(mac);
}

/** Minimum key length: 16 bytes (128 bits). */
export const MIN_KEY_BYTES = 16;

/**
 * The pseudonym key from a file (its bytes, trailing newline dropped) or from
 * `KOZOKA_PSEUDONYM_KEY`; undefined when neither is set. A key shorter than
 * 16 bytes is an error: a short key can be brute-forced.
 */
export function loadPseudonymKey(options: { file?: string; env?: NodeJS.ProcessEnv } = {}): Buffer | undefined {
  const env = options.env ?? process.env;
  let key: Buffer | undefined;
  if (options.file) key = readFileSync(options.file);
  else if (env['KOZOKA_PSEUDONYM_KEY']) key = Buffer.from(env['KOZOKA_PSEUDONYM_KEY'], 'utf8');
  if (!key) return undefined;
  let end = key.length;
  while (end > 0 && (key[end - 1] === 0x0a || key[end - 1] === 0x0d)) end--;
  key = key.subarray(0, end);
  if (key.length < MIN_KEY_BYTES) {
    throw new Error(`the pseudonym key has ${key.length} bytes; use at least ${MIN_KEY_BYTES} random bytes (e.g. openssl rand -hex 32 > key)`);
  }
  return key;
}
