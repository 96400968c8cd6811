import * as crypto from 'node:crypto';

/**
 * kozoka's UUID namespace for name-based (v5) resource ids. Fixed forever: changing it
 * would change every id and turn re-runs into duplicates on a FHIR server.
 */
export const KOZOKA_UUID_NAMESPACE = '6f1c1e0a-3b1d-5c4e-9a57-6b6f7a6f6b61';

const namespaceBytes = new Map<string, Buffer>();

function uuidBytes(uuid: string): Buffer {
  let b = namespaceBytes.get(uuid);
  if (!b) namespaceBytes.set(uuid, (b = Buffer.from(uuid.replace(/-/g, ''), 'hex')));
  return b;
}

// One-shot hashing (Node ≥ 20.12) is cheaper than a Hash object per id; a batch of
// notes makes one id per resource, millions in all.
const sha1: (data: Buffer) => Buffer =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (data) => (crypto as unknown as { hash(a: string, d: Buffer, o: 'buffer'): Buffer }).hash('sha1', data, 'buffer')
    : (data) => crypto.createHash('sha1').update(data).digest();

/** RFC 9562 UUID version 5 (SHA-1, name-based) of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = KOZOKA_UUID_NAMESPACE): string {
  const ns = uuidBytes(namespace);
  const data = Buffer.allocUnsafe(16 + Buffer.byteLength(name, 'utf8'));
  ns.copy(data, 0);
  data.write(name, 16, 'utf8');
  const b = sha1(data);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex', 0, 16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A FHIR `id`: letters, digits, `-` and `.`, at most 64 characters. */
export function isFhirId(s: string): boolean {
  return /^[A-Za-z0-9\-.]{1,64}$/.test(s);
}
