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

// One-shot hashing to hex (Node ≥ 20.12) is cheaper than a Hash object and a byte
// buffer per id; a batch of notes makes one id per resource, millions in all.
const sha1Hex: (data: Buffer) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (data) => (crypto as unknown as { hash(a: string, d: Buffer, o: 'hex'): string }).hash('sha1', data, 'hex')
    : (data) => crypto.createHash('sha1').update(data).digest('hex');

/** RFC 9562 UUID version 5 (SHA-1, name-based) of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = KOZOKA_UUID_NAMESPACE): string {
  const h = sha1Hex(Buffer.concat([uuidBytes(namespace), Buffer.from(name, 'utf8')]));
  // Version 5 in the high nibble of byte 6; variant 10xx in the high bits of byte 8.
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A FHIR `id`: letters, digits, `-` and `.`, at most 64 characters. */
export function isFhirId(s: string): boolean {
  return /^[A-Za-z0-9\-.]{1,64}$/.test(s);
}
