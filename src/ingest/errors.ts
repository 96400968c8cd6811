/** Where in an input a problem is. Every field is optional: fill what is known. */
export interface IngestLocation {
  /** The input file (as given on the command line), or `<stdin>`. */
  file?: string;
  /** The note (id) the problem concerns, when there is one. */
  note?: string;
  /** 1-based line (XML position or JSON Lines line number). */
  line?: number;
  /** 1-based column in that line. */
  column?: number;
  /** 0-based byte offset, for encoding errors. */
  byteOffset?: number;
}

/** A problem found while reading input, as a value a batch can collect. */
export interface IngestIssue extends IngestLocation {
  severity: 'error' | 'warning';
  /** A short machine-readable reason, e.g. `malformed-xml`, `not-mml`, `encoding`. */
  code: IngestIssueCode;
  message: string;
}

export type IngestIssueCode =
  | 'malformed-xml'
  | 'not-mml'
  | 'encoding'
  | 'empty-note'
  | 'invalid-note'
  | 'invalid-json'
  | 'duplicate-note'
  | 'io'
  | 'unsupported-input';

/** Thrown by the single-document parsers; the batch readers turn it into an {@link IngestIssue}. */
export class IngestError extends Error {
  readonly code: IngestIssueCode;
  readonly location: IngestLocation;

  constructor(code: IngestIssueCode, message: string, location: IngestLocation = {}) {
    super(formatLocation(location) + message);
    this.name = 'IngestError';
    this.code = code;
    this.location = location;
  }

  /** The error as a collectable issue, with `file` filled in when the caller knows it. */
  toIssue(file?: string): IngestIssue {
    const loc = { ...this.location };
    if (file !== undefined && loc.file === undefined) loc.file = file;
    return { severity: 'error', code: this.code, message: stripLocation(this.message, this.location), ...loc };
  }
}

function stripLocation(message: string, location: IngestLocation): string {
  const prefix = formatLocation(location);
  return prefix && message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/** `file:line:column: ` (each part only when known). */
export function formatLocation(loc: IngestLocation): string {
  const parts: string[] = [];
  if (loc.file !== undefined) parts.push(loc.file);
  if (loc.line !== undefined) parts.push(String(loc.line));
  if (loc.line !== undefined && loc.column !== undefined) parts.push(String(loc.column));
  let s = parts.join(':');
  if (loc.byteOffset !== undefined) s += `${s ? ' ' : ''}(byte ${loc.byteOffset})`;
  if (loc.note !== undefined) s += `${s ? ' ' : ''}[note ${loc.note}]`;
  return s ? `${s}: ` : '';
}

/** One line of human-readable text for an issue, naming file, note and reason. */
export function formatIssue(issue: IngestIssue): string {
  return `${issue.severity}: ${formatLocation(issue)}${issue.message}`;
}
