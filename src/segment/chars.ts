// Character tests by UTF-16 code unit, for scanners that walk text one character
// at a time (segmentation trims sentences; the rules walk names back).

/**
 * A one-character regex as a test on a UTF-16 code unit, each answer remembered:
 * a regex test per character cost more than the scans around it. Asking the regex
 * itself keeps the two exactly alike.
 */
export function codeUnitTest(re: RegExp): (code: number) => boolean {
  const memo = new Int8Array(0x10000); // 0 not asked yet, 1 yes, -1 no
  return (code) => {
    let v = memo[code]!;
    if (v === 0) memo[code] = v = re.test(String.fromCharCode(code)) ? 1 : -1;
    return v === 1;
  };
}

/** White space (`\s`), by code unit. */
export const isWhiteSpace = codeUnitTest(/\s/);

/** The span [a, b) of `text` without white space at either end. */
export function trimSpan(text: string, a: number, b: number): [number, number] {
  while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
  return [a, b];
}

/**
 * The end of an English sentence: a full stop (or ! ?) after a word or a bracket, white space, then a capital.
 * English sentences end at '. ', which the sentence scans, stopping at 。 and line ends, do not see; dates
 * (segmentation) and the rules both ask for it.
 */
export const ENGLISH_SENTENCE_END = /(?<=[A-Za-z0-9)）])[.!?]\s+(?=[A-Z])/;
