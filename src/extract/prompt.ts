import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClinicalEvent } from '../schema/events.js';
import type { ModelEvent } from '../schema/model-answer.js';
import { segmentNote, type Segment, type SegmentedNote } from '../segment/segment.js';

const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

interface FewShot {
  note: { id: string; date?: string; text: string };
  answer: { events: ModelEvent[] };
}

/** The prompt files, loaded once. */
export interface Prompts {
  version: string;
  system: string;
  user: string;
  fewShot: FewShot[];
  fewShotCount: number;
}

let cached: Prompts | undefined;

/** Reads prompts/ (manifest, system and user templates, few-shot examples). */
export function loadPrompts(): Prompts {
  if (cached) return cached;
  const manifest = JSON.parse(readFileSync(PROMPTS_DIR + 'manifest.json', 'utf8')) as { version: string; system: string; user: string; fewShot: string; fewShotCount: number };
  const system = readFileSync(PROMPTS_DIR + manifest.system, 'utf8').replace(/<!--[\s\S]*?-->\s*/g, '').trim();
  const user = readFileSync(PROMPTS_DIR + manifest.user, 'utf8').trim();
  const fewShot = readFileSync(PROMPTS_DIR + manifest.fewShot, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as FewShot);
  cached = { version: manifest.version, system, user, fewShot, fewShotCount: manifest.fewShotCount };
  return cached;
}

/** A gold or extracted event in the model-answer form (evidence as text, every field present). */
export function toModelEvent(e: ClinicalEvent): ModelEvent {
  const { evidence, date, source, warnings, certainty, ...fields } = e;
  void source;
  void warnings;
  const out: Record<string, unknown> = {};
  const template: Record<string, string[]> = {
    diagnosis: ['name', 'icd10', 'site', 'laterality', 'histology', 'specimen', 'method'],
    staging: ['tnm', 'stage', 'system'],
    metastasis: ['sites', 'detail'],
    biomarker: ['name', 'variant', 'result', 'value'],
    medication: ['drugs', 'regimen', 'line', 'dose', 'cycles', 'status', 'intent'],
    radiotherapy: ['doseGy', 'fractions', 'site', 'intent'],
    procedure: ['name', 'site', 'detail'],
    response: ['code', 'basis', 'finding'],
    admission: ['reason'],
    discharge: ['reason'],
    symptom: ['name'],
    death: ['cause'],
  };
  out['type'] = e.type;
  const f = fields as Record<string, unknown>;
  for (const k of template[e.type]!) {
    let v = f[k] ?? null;
    if (k === 'tnm' && v) {
      const t = v as Record<string, unknown>;
      v = { prefix: t['prefix'] ?? null, t: t['t'] ?? null, n: t['n'] ?? null, m: t['m'] ?? null };
    }
    out[k] = v;
  }
  out['certainty'] = certainty ?? null;
  out['date'] = date ? { start: date.start, end: date.end ?? null, part: date.part ?? null } : null;
  out['evidence'] = evidence?.text ?? '';
  return out as ModelEvent;
}

function describeDate(s: Segment): string {
  const d = s.date;
  if (!d) return '-';
  return `${d.start}${d.end ? `～${d.end}` : ''}${d.part ? ` ${d.part}` : ''}`;
}

/** The numbered lines of the note (blank lines left out), each with its resolved date. */
export function renderSegments(segmented: SegmentedNote, lines?: Segment[]): string {
  const all = lines ?? noteLines(segmented);
  return all.map((s) => `[${s.line + 1}] (${describeDate(s)}) ${segmented.note.text.slice(s.start, s.end)}`).join('\n');
}

/** The non-blank line segments of a note. */
export function noteLines(segmented: SegmentedNote): Segment[] {
  return segmented.segments.filter((s) => s.kind === 'line' && s.role !== 'blank');
}

function userMessage(prompts: Prompts, noteDate: string | undefined, segments: string): string {
  return prompts.user.replace('{{noteDate}}', noteDate ?? 'unknown').replace('{{segments}}', segments);
}

export type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string };

/**
 * The messages for one note (or one chunk of its lines): system prompt, few-shot
 * pairs, then the note. Everything before the note is byte-identical across notes
 * so servers' prefix caches apply; a few-shot example equal to the note is
 * replaced by the spare, never shown as its own answer.
 */
export function buildMessages(segmented: SegmentedNote, lines?: Segment[]): ChatMessage[] {
  const prompts = loadPrompts();
  const note = segmented.note;
  const shots = prompts.fewShot.filter((f) => f.note.text !== note.text).slice(0, prompts.fewShotCount);
  const messages: ChatMessage[] = [{ role: 'system', content: prompts.system }];
  for (const shot of shots) {
    const seg = fewShotSegments(shot);
    messages.push({ role: 'user', content: userMessage(prompts, shot.note.date, seg) });
    messages.push({ role: 'assistant', content: JSON.stringify(shot.answer) });
  }
  messages.push({ role: 'user', content: userMessage(prompts, note.date, renderSegments(segmented, lines)) });
  return messages;
}

// Few-shot notes never change: each is segmented and rendered once per process.
const fewShotRendered = new Map<string, string>();
function fewShotSegments(shot: FewShot): string {
  let s = fewShotRendered.get(shot.note.id);
  if (s === undefined) {
    s = renderSegments(segmentFor(shot.note));
    fewShotRendered.set(shot.note.id, s);
  }
  return s;
}

function segmentFor(n: FewShot['note']): SegmentedNote {
  return segmentNote({ id: n.id, text: n.text, ...(n.date ? { date: n.date } : {}) });
}
