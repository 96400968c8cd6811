export { pseudonymize, loadPseudonymKey, MIN_KEY_BYTES } from './pseudonym.js';
export { deidentify, isLocalOrPrivate, shouldMask, PLACEHOLDERS, type IdentifierKind, type MaskedText } from './deid.js';
export { pseudonymizeNote, pseudonymizeString } from './apply.js';
