import { IngestError } from './errors.js';

/** WHATWG encoding labels for the names Japanese XML prologs use. */
const ENCODING_ALIASES: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'shift_jis': 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  'x-sjis': 'shift_jis',
  // The WHATWG shift_jis decoder is Windows-31J (CP932), a superset of JIS X 0208
  // Shift_JIS, so the vendor names decode correctly with it.
  'windows-31j': 'shift_jis',
  cp932: 'shift_jis',
  ms932: 'shift_jis',
  'ms_kanji': 'shift_jis',
  'euc-jp': 'euc-jp',
  eucjp: 'euc-jp',
  'x-euc-jp': 'euc-jp',
  'iso-2022-jp': 'iso-2022-jp',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/** The result of decoding an input's bytes. */
export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. `utf-8`, `shift_jis`. */
  encoding: string;
  /** How the encoding was chosen. */
  detectedBy: 'bom' | 'declaration' | 'default' | 'option';
}

/** The encoding named by an XML prolog (`<?xml … encoding="…"?>`), if any. */
export function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  // The prolog is ASCII in every encoding kozoka reads (not UTF-16, which has a BOM).
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const m = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return m?.[1];
}

/** Maps an encoding name to a label Node's TextDecoder accepts, or throws. */
export function resolveEncoding(name: string, file?: string): string {
  const label = ENCODING_ALIASES[name.toLowerCase()];
  if (label) return label;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    throw new IngestError('encoding', `unsupported encoding "${name}"`, { file });
  }
}

/**
 * Decodes XML bytes to text: a BOM wins, then the prolog's `encoding=`, then
 * UTF-8. Undecodable bytes are an error naming the first bad byte's offset.
 */
export function decodeXmlBytes(
  bytes: Uint8Array,
  options: { encoding?: string; file?: string } = {},
): DecodedText {
  const { file } = options;
  let encoding: string;
  let detectedBy: DecodedText['detectedBy'];
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    [encoding, detectedBy, start] = ['utf-8', 'bom', 3];
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    [encoding, detectedBy, start] = ['utf-16le', 'bom', 2];
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    [encoding, detectedBy, start] = ['utf-16be', 'bom', 2];
  } else if (options.encoding) {
    [encoding, detectedBy] = [resolveEncoding(options.encoding, file), 'option'];
  } else {
    const declared = declaredXmlEncoding(bytes);
    if (declared) [encoding, detectedBy] = [resolveEncoding(declared, file), 'declaration'];
    else [encoding, detectedBy] = ['utf-8', 'default'];
  }
  const body = bytes.subarray(start);
  return { text: decodeStrict(body, encoding, file, start), encoding, detectedBy };
}

/** Decodes with a fatal decoder; on failure, finds the first bad byte by bisection. */
export function decodeStrict(bytes: Uint8Array, encoding: string, file?: string, base = 0): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const at = firstBadByte(bytes, encoding);
    const what = `has an invalid or incomplete sequence starting with byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}`;
    throw new IngestError('encoding', `text declared as ${encoding} ${what}`, {
      file,
      byteOffset: base + at,
    });
  }
}

// A streaming decode of a prefix fails exactly when the prefix holds a bad
// sequence (an incomplete tail is held back, not rejected), so failure is
// monotone in the prefix length and bisection finds the shortest failing prefix.
// The bad sequence then starts at the last character boundary before its end.
function firstBadByte(bytes: Uint8Array, encoding: string): number {
  const decodes = (n: number, stream: boolean) => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, n), { stream });
      return true;
    } catch {
      return false;
    }
  };
  const boundaryBefore = (end: number) => {
    for (let k = end - 1; k >= Math.max(0, end - 4); k--) if (decodes(k, false)) return k;
    return Math.max(0, end - 1);
  };
  if (decodes(bytes.length, true)) return boundaryBefore(bytes.length); // only the tail is incomplete
  let lo = 1;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (decodes(mid, true)) lo = mid + 1;
    else hi = mid;
  }
  return boundaryBefore(lo);
}
