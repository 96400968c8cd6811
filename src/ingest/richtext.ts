import type { XmlElement } from './xml.js';

// MML free text (FreeExpression, freeNotes, assessmentItem…) is XHTML-flavoured
// mixed content inside pretty-printed XML. Rules:
// - <br/> is a line break; <b>, <u>, <font>, <span>… give their text; <p>/<div>
//   end a line; an inline mmlCm:extRef gives its title.
// - CDATA is kept verbatim.
// - In other text, white space that contains a newline is layout, not content,
//   when the author marked line breaks with <br/>: it is dropped (kept as one
//   space between two Latin characters). Without any <br/>, the newline itself
//   is the line break and only the indentation around it is dropped.
// - White space within a line (including full-width spaces) is kept.

const BLOCK_ELEMENTS = new Set(['p', 'div', 'li', 'tr']);
const LATIN = /[A-Za-z0-9]/;

function hasLineBreakElement(el: XmlElement): boolean {
  for (const c of el.children) {
    if (c.kind !== 'element') continue;
    if (c.local === 'br' || BLOCK_ELEMENTS.has(c.local) || hasLineBreakElement(c)) return true;
  }
  return false;
}

function foldLayout(text: string, breaksAreMarked: boolean): string {
  if (!/[\r\n]/.test(text)) return text;
  const t = text.replace(/\r\n?/g, '\n');
  if (!breaksAreMarked) return t.replace(/[ \t]*\n[ \t]*/g, '\n');
  return t.replace(/[ \t]*\n[ \t\n]*/g, (run, offset: number) => {
    const before = t[offset - 1];
    const after = t[offset + run.length];
    return before && after && LATIN.test(before) && LATIN.test(after) ? ' ' : '';
  });
}

/** The text of a mixed-content MML element, laid out as the author wrote it. */
export function richText(el: XmlElement | undefined): string {
  if (!el) return '';
  const breaksAreMarked = hasLineBreakElement(el);
  const out: string[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.kind === 'text') {
        out.push(c.cdata ? c.text : foldLayout(c.text, breaksAreMarked));
      } else if (c.local === 'br') {
        out.push('\n');
      } else if (c.local === 'extRef') {
        out.push(c.attrs['title'] ?? c.attrs['href'] ?? '');
      } else {
        walk(c);
        if (BLOCK_ELEMENTS.has(c.local)) out.push('\n');
      }
    }
  };
  walk(el);
  return trimLayout(out.join(''));
}

/** Drops ASCII white space and newlines at both ends (full-width spaces are content). */
export function trimLayout(s: string): string {
  return s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}
