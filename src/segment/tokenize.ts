import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';
import { normalize, toOriginalSpan, type NormalizedText } from './normalize.js';

/** A morpheme from kuromoji (IPADIC), with offsets into the original text. */
export interface Token {
  /** Offsets into the original text (UTF-16 code units). */
  start: number;
  end: number;
  /** The surface form in the normalised text. */
  surface: string;
  /** Part of speech (品詞), e.g. 名詞. */
  pos: string;
  /** Sub-category (品詞細分類1), e.g. 固有名詞. */
  posDetail: string;
  /** Dictionary form, or the surface when unknown (`*`). */
  base: string;
  /** True for words IPADIC does not know (most drug abbreviations). */
  unknown: boolean;
}

type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

let loading: Promise<Tokenizer> | undefined;

function dictionaryPath(): string {
  // kuromoji ships its IPADIC dictionary in the package; resolve it wherever npm put it.
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/**
 * The process-wide kuromoji tokenizer, loaded lazily on first use. Concurrent
 * callers share one load (about 1 s and ~385 MB here; see bench/RESULTS.md). A
 * failed load is not cached, so a later call retries.
 */
export function loadTokenizer(): Promise<Tokenizer> {
  loading ??= new Promise<Tokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((err, tokenizer) => {
      if (err) {
        loading = undefined;
        reject(err instanceof Error ? err : new Error(String(err)));
      } else {
        resolve(tokenizer);
      }
    });
  });
  return loading;
}

/**
 * Tokenises `text` after normalisation (kuromoji splits full-width digits one per
 * character, so it must see folded text) and maps every token back to original offsets.
 */
export async function tokenize(text: string | NormalizedText): Promise<Token[]> {
  const tokenizer = await loadTokenizer();
  return tokenizeWith(tokenizer, typeof text === 'string' ? normalize(text) : text);
}

/** {@link tokenize} with an already loaded tokenizer (synchronous). */
export function tokenizeWith(tokenizer: Tokenizer, norm: NormalizedText): Token[] {
  const out: Token[] = [];
  const text = norm.text;
  let at = 0;
  for (const t of tokenizer.tokenize(text)) {
    const surface = t.surface_form;
    // Tokens are contiguous; search forward in case kuromoji skipped anything.
    const found = text.startsWith(surface, at) ? at : text.indexOf(surface, at);
    if (found < 0 || surface === '') continue;
    const [start, end] = toOriginalSpan(norm, found, found + surface.length);
    at = found + surface.length;
    out.push({
      start,
      end,
      surface,
      pos: t.pos,
      posDetail: t.pos_detail_1,
      base: t.basic_form === '*' ? surface : t.basic_form,
      unknown: t.word_type === 'UNKNOWN',
    });
  }
  return out;
}
