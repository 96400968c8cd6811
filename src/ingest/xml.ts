import sax from 'sax';
import { IngestError } from './errors.js';

// A small ordered XML tree. MML free text is mixed content (text, <br/>, <b>…),
// so document order of text and elements must survive; sax (the parser inside
// xml2js) gives that directly, with namespaces resolved here from a prefix scope.

/** A text node; `cdata` marks a CDATA section, whose text is kept verbatim. */
export interface XmlText {
  kind: 'text';
  text: string;
  cdata: boolean;
}

/** An element with its namespace resolved. */
export interface XmlElement {
  kind: 'element';
  /** The qualified name as written, e.g. `mmlPc:FreeExpression`. */
  name: string;
  /** The local name, e.g. `FreeExpression`. */
  local: string;
  /** The namespace URI ('' when none). */
  uri: string;
  /** Attributes by local name (prefixes dropped; MML attribute prefixes vary). */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** 1-based line of the start tag. */
  line: number;
}

export type XmlNode = XmlElement | XmlText;

type Scope = Record<string, string>;

/** Parses XML text into an ordered tree. Malformed XML throws an IngestError with line and column. */
export function parseXml(text: string, file?: string): XmlElement {
  const parser = sax.parser(true, { trim: false, normalize: false, position: true });
  const top: XmlElement = { kind: 'element', name: '', local: '', uri: '', attrs: {}, children: [], line: 0 };
  const stack: XmlElement[] = [top];
  const scopes: Scope[] = [{ xml: 'http://www.w3.org/XML/1998/namespace' }];
  let failure: IngestError | undefined;

  parser.onerror = (err: Error) => {
    if (!failure) {
      const reason = err.message.split('\n')[0] ?? err.message;
      failure = new IngestError('malformed-xml', `malformed XML: ${reason}`, {
        file,
        line: parser.line + 1,
        column: parser.column,
      });
    }
    // Stop at the first error: sax would otherwise resume and report follow-on errors.
    throw failure;
  };
  parser.onopentag = (tag) => {
    const rawAttrs = tag.attributes as Record<string, string>;
    let scope = scopes[scopes.length - 1]!;
    let declared: Scope | undefined;
    for (const key in rawAttrs) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) {
        declared ??= Object.create(scope) as Scope;
        declared[key === 'xmlns' ? '' : key.slice(6)] = rawAttrs[key]!;
      }
    }
    if (declared) scope = declared;
    scopes.push(scope);
    const attrs: Record<string, string> = {};
    for (const key in rawAttrs) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
      const colon = key.indexOf(':');
      attrs[colon < 0 ? key : key.slice(colon + 1)] = rawAttrs[key]!;
    }
    const colon = tag.name.indexOf(':');
    const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
    const el: XmlElement = {
      kind: 'element',
      name: tag.name,
      local: colon < 0 ? tag.name : tag.name.slice(colon + 1),
      uri: scope[prefix] ?? '',
      attrs,
      children: [],
      line: parser.line + 1,
    };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  };
  parser.onclosetag = () => {
    stack.pop();
    scopes.pop();
  };
  parser.ontext = (t: string) => {
    if (stack.length > 1) stack[stack.length - 1]!.children.push({ kind: 'text', text: t, cdata: false });
  };
  parser.oncdata = (t: string) => {
    if (stack.length > 1) stack[stack.length - 1]!.children.push({ kind: 'text', text: t, cdata: true });
  };

  try {
    parser.write(text).close();
  } catch (err) {
    if (failure) throw failure;
    throw err;
  }
  const root = top.children.find((c): c is XmlElement => c.kind === 'element');
  if (!root) throw new IngestError('malformed-xml', 'malformed XML: no root element', { file });
  return root;
}

/** Child elements of `el`, optionally only those with the given local name. */
export function childElements(el: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (c.kind === 'element' && (local === undefined || c.local === local)) out.push(c);
  return out;
}

/** The first child element with this local name. */
export function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.kind === 'element' && c.local === local) return c;
  return undefined;
}

/** Follows a path of local names through first children. */
export function path(el: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  let cur = el;
  for (const l of locals) cur = child(cur, l);
  return cur;
}

/** The first descendant (depth-first, self included) matching the predicate. */
export function findDescendant(
  el: XmlElement,
  pred: (e: XmlElement) => boolean,
): XmlElement | undefined {
  if (pred(el)) return el;
  for (const c of el.children) {
    if (c.kind !== 'element') continue;
    const hit = findDescendant(c, pred);
    if (hit) return hit;
  }
  return undefined;
}

/** All text below `el`, concatenated, trimmed. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.kind === 'text') parts.push(c.text);
      else walk(c);
    }
  };
  walk(el);
  return parts.join('').trim();
}
