export { normalize, toOriginalSpan, toOriginalOffset, type NormalizedText } from './normalize.js';
export { findDates, findDatesWithChain, type DateMention, type DateValue, type FindDatesOptions } from './dates.js';
export { segment, segmentNote, dateAt, type Segment, type SegmentedNote, type LineRole, type DateSource, type GoverningDate } from './segment.js';
export { loadTokenizer, tokenize, tokenizeWith, type Token } from './tokenize.js';
