import type { ClinicalEvent } from '../schema/events.js';
import type { Note } from '../schema/note.js';

/** A note and its events, as `kozoka extract --format events` writes them. */
export interface ReviewItem {
  note: Note;
  events: readonly ClinicalEvent[];
}

/** Kinds of warning the review page filters on. */
export type WarningKind = 'ungrounded' | 'date' | 'conflict' | 'other';

/**
 * The kind of a warning string, by the prefixes its producers write:
 * ground (`ungrounded …`, `date: …`) and the hybrid provider (`rules read …`).
 */
export function warningKind(warning: string): WarningKind {
  if (warning.startsWith('ungrounded')) return 'ungrounded';
  if (warning.startsWith('date:')) return 'date';
  if (warning.startsWith('rules read the same span differently')) return 'conflict';
  return 'other';
}

/** Colours per event type (readable on white, distinct in pairs that often overlap). */
const COLOURS: Record<ClinicalEvent['type'], string> = {
  diagnosis: '#f4a3a3', staging: '#f7c873', metastasis: '#e9a0d8', biomarker: '#9fd8a4', medication: '#9cc7f2', radiotherapy: '#c5b3f0',
  procedure: '#f2d49c', response: '#a6e3e0', admission: '#d0d0d0', discharge: '#bdbdbd', symptom: '#f5e27a', death: '#a9a9a9',
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON safe inside a `<script>` element: no `</script>` or `<!--` can close or confuse it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export interface ReviewOptions {
  /** Page title (default: "kozoka review"). */
  title?: string;
}

/**
 * One self-contained HTML page (no network, no external scripts or styles) to review
 * extracted events: each note's text with every event's evidence highlighted in a
 * colour per type, the events beside it with their fields and dates, filters by type
 * and by warning, and keyboard navigation between notes (→/n/j next, ←/p/k previous).
 */
export function renderReviewHtml(items: readonly ReviewItem[], options: ReviewOptions = {}): string {
  const title = options.title ?? 'kozoka review';
  const data = {
    notes: items.map(({ note, events }) => ({
      id: note.id,
      patientId: note.patientId ?? null,
      date: note.date ?? null,
      text: note.text,
      events: events.map((e) => ({ ...e, warningKinds: [...new Set((e.warnings ?? []).map(warningKind))] })),
    })),
  };
  const typeCss = Object.entries(COLOURS).map(([t, c]) => `.t-${t}{background:${c}}`).join('\n');
  const types = Object.keys(COLOURS);
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP",sans-serif;margin:0;color:#222}
header{display:flex;flex-wrap:wrap;gap:1em;align-items:center;padding:.5em 1em;background:#f3f3f3;border-bottom:1px solid #ccc}
header h1{font-size:1.1em;margin:0}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1em;padding:1em}
#text{white-space:pre-wrap;line-height:1.9;font-size:1.05em;border:1px solid #ddd;padding:1em;border-radius:4px}
mark{border-radius:3px;padding:0 1px;color:inherit;cursor:pointer}
mark.overlap{outline:1px dashed #555}
mark.negated{text-decoration:line-through}
mark.suspected{text-decoration:underline dotted}
mark.focus,li.focus{box-shadow:0 0 0 2px #d33}
#events{list-style:none;margin:0;padding:0;font-size:.9em}
#events li{border-left:6px solid;padding:.3em .6em;margin:0 0 .4em;background:#fafafa;cursor:pointer}
#events li .fields{color:#444;word-break:break-all}
.badge{display:inline-block;font-size:.8em;padding:0 .4em;margin-left:.3em;border-radius:3px;background:#fff3cd;border:1px solid #e0c36a}
.badge.none{background:#f8d7da;border-color:#e08a93}
fieldset{border:1px solid #ccc;padding:.2em .6em;font-size:.85em}
#meta{font-size:.9em;color:#555}
kbd{border:1px solid #aaa;border-radius:3px;padding:0 .3em;font-size:.85em}
${typeCss}
${types.map((t) => `#events li.t-${t}{border-left-color:${COLOURS[t as ClinicalEvent['type']]};background:#fafafa}`).join('\n')}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<span id="position"></span>
<button id="prev" title="previous note (← p k)">◀</button><button id="next" title="next note (→ n j)">▶</button>
<select id="jump" aria-label="note"></select>
<fieldset id="types"><legend>types</legend>${types.map((t) => `<label class="t-${t}"><input type="checkbox" value="${t}" checked>${t}</label>`).join(' ')}</fieldset>
<fieldset><legend>warnings</legend><select id="warning" aria-label="warning filter">
<option value="all">all events</option><option value="any">any warning</option><option value="ungrounded">ungrounded</option><option value="date">date disagreement</option><option value="conflict">rules/LLM conflict</option>
</select></fieldset>
<span><kbd>←</kbd>/<kbd>→</kbd> notes</span>
</header>
<main>
<section><div id="meta"></div><div id="text" lang="ja"></div></section>
<section><ol id="events"></ol></section>
</main>
<script type="application/json" id="kozoka-data">${scriptJson(data)}</script>
<script>
${CLIENT_SCRIPT}
</script>
</body>
</html>
`;
}

// The page's behaviour, kept dependency-free and written for any current browser.
const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('kozoka-data').textContent);
  var state = { index: 0, types: {}, warning: 'all' };
  document.querySelectorAll('#types input').forEach(function (box) { state.types[box.value] = true; });

  function visible(e) {
    if (!state.types[e.type]) return false;
    if (state.warning === 'all') return true;
    if (state.warning === 'any') return e.warningKinds.length > 0;
    return e.warningKinds.indexOf(state.warning) >= 0;
  }
  function notesShown() {
    var out = [];
    data.notes.forEach(function (n, i) { if (state.warning === 'all' || n.events.some(visible)) out.push(i); });
    return out;
  }
  function el(tag, cls, text) {
    var x = document.createElement(tag);
    if (cls) x.className = cls;
    if (text !== undefined) x.textContent = text;
    return x;
  }
  function dateText(d) { return d ? d.start + (d.end ? '～' + d.end : '') + (d.part ? ' (' + d.part + ')' : '') : 'no date'; }
  function fields(e) {
    var skip = { type: 1, evidence: 1, date: 1, warnings: 1, warningKinds: 1, source: 1, certainty: 1 };
    return Object.keys(e).filter(function (k) { return !skip[k] && e[k] !== null && e[k] !== undefined; })
      .map(function (k) { var v = e[k]; return k + ': ' + (typeof v === 'object' ? JSON.stringify(v) : v); }).join(' · ');
  }
  function focus(i) {
    document.querySelectorAll('.focus').forEach(function (x) { x.classList.remove('focus'); });
    var first = null;
    document.querySelectorAll('mark[data-events]').forEach(function (m) {
      if (m.getAttribute('data-events').split(' ').indexOf(String(i)) >= 0) { m.classList.add('focus'); first = first || m; }
    });
    var li = document.querySelector('#events li[data-event="' + i + '"]');
    if (li) li.classList.add('focus');
    if (first) first.scrollIntoView({ block: 'center' });
  }
  function render() {
    var shown = notesShown();
    if (shown.indexOf(state.index) < 0) state.index = shown.length ? shown[0] : 0;
    var note = data.notes[state.index];
    var pos = shown.indexOf(state.index);
    document.getElementById('position').textContent = note ? 'note ' + (pos + 1) + ' / ' + shown.length + (shown.length < data.notes.length ? ' (of ' + data.notes.length + ')' : '') : 'no notes';
    var jump = document.getElementById('jump');
    jump.textContent = '';
    shown.forEach(function (i) { var o = el('option', '', data.notes[i].id); o.value = String(i); if (i === state.index) o.selected = true; jump.appendChild(o); });
    var text = document.getElementById('text');
    var list = document.getElementById('events');
    text.textContent = '';
    list.textContent = '';
    if (!note) return;
    document.getElementById('meta').textContent = note.id + (note.date ? ' · ' + note.date : '') + (note.patientId ? ' · patient ' + note.patientId : '') + ' · ' + note.events.length + ' events';
    // Split the text at every evidence boundary; each piece knows the events covering it.
    var spans = [];
    note.events.forEach(function (e, i) { if (e.evidence && visible(e)) spans.push({ i: i, s: e.evidence.start, e: e.evidence.end, type: e.type }); });
    var cuts = [0, note.text.length];
    spans.forEach(function (s) { cuts.push(s.s, s.e); });
    cuts = cuts.filter(function (c, k, a) { return a.indexOf(c) === k; }).sort(function (a, b) { return a - b; });
    for (var k = 0; k + 1 < cuts.length; k++) {
      var a = cuts[k], b = cuts[k + 1];
      var piece = note.text.slice(a, b);
      var over = spans.filter(function (s) { return s.s <= a && b <= s.e; });
      if (!over.length) { text.appendChild(document.createTextNode(piece)); continue; }
      // The shortest span gives the colour: it is the most specific reading.
      over.sort(function (x, y) { return (x.e - x.s) - (y.e - y.s); });
      var certainty = note.events[over[0].i].certainty;
      var m = el('mark', 't-' + over[0].type + (over.length > 1 ? ' overlap' : '') + (certainty === 'negated' || certainty === 'suspected' ? ' ' + certainty : ''), piece);
      m.setAttribute('data-events', over.map(function (s) { return s.i; }).join(' '));
      m.title = over.map(function (s) { return s.type; }).join(', ');
      m.addEventListener('click', (function (i) { return function () { focus(i); }; })(over[0].i));
      text.appendChild(m);
    }
    note.events.forEach(function (e, i) {
      if (!visible(e)) return;
      var li = el('li', 't-' + e.type);
      li.setAttribute('data-event', String(i));
      var head = el('div');
      head.appendChild(el('strong', '', e.type));
      head.appendChild(document.createTextNode(' ' + dateText(e.date) + (e.certainty && e.certainty !== 'confirmed' ? ' · ' + e.certainty : '') + (e.source ? ' · ' + e.source : '')));
      if (!e.evidence) head.appendChild(el('span', 'badge none', 'no evidence'));
      e.warningKinds.forEach(function (w) { head.appendChild(el('span', 'badge', w)); });
      li.appendChild(head);
      li.appendChild(el('div', 'fields', fields(e)));
      if (e.evidence) li.appendChild(el('div', 'evidence', '「' + e.evidence.text + '」'));
      (e.warnings || []).forEach(function (w) { li.appendChild(el('div', 'warning', '⚠ ' + w)); });
      li.addEventListener('click', function () { focus(i); });
      list.appendChild(li);
    });
  }
  function move(step) {
    var shown = notesShown();
    var pos = shown.indexOf(state.index) + step;
    if (pos >= 0 && pos < shown.length) { state.index = shown[pos]; render(); window.scrollTo(0, 0); }
  }
  document.getElementById('prev').addEventListener('click', function () { move(-1); });
  document.getElementById('next').addEventListener('click', function () { move(1); });
  document.getElementById('jump').addEventListener('change', function (ev) { state.index = Number(ev.target.value); render(); });
  document.getElementById('warning').addEventListener('change', function (ev) { state.warning = ev.target.value; render(); });
  document.querySelectorAll('#types input').forEach(function (box) {
    box.addEventListener('change', function () { state.types[box.value] = box.checked; render(); });
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.target && /^(SELECT|INPUT|TEXTAREA)$/.test(ev.target.tagName)) return;
    if (ev.key === 'ArrowRight' || ev.key === 'n' || ev.key === 'j') move(1);
    else if (ev.key === 'ArrowLeft' || ev.key === 'p' || ev.key === 'k') move(-1);
  });
  render();
})();
`;
