import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { NoteEventsSchema } from '../src/schema/gold.js';
import { renderReviewHtml, warningKind } from '../src/write/review.js';
import { combineHybrid } from '../src/extract/hybrid.js';
import { runCli } from './helpers/cli.js';
import { DEV_GOLD_FILES, ROOT } from './helpers/paths.js';

const CHROMIUM = '/usr/bin/chromium';
const gold = DEV_GOLD_FILES.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n')).map((l) => NoteEventsSchema.parse(JSON.parse(l)));

// A note whose events carry each kind of warning kozoka writes (conflict from the
// real hybrid combiner), plus an ungrounded event with no evidence.
const warned = (() => {
  const text = '5/18 CTにてPDと判断。5/20 入院。';
  const note = { id: 'warned-1', patientId: 'W1', date: '2021-05-27', text };
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const [conflict] = combineHybrid(
    [{ type: 'response', code: 'SD', evidence: span('PDと判断'), source: 'llm' }],
    [{ type: 'response', code: 'PD', evidence: span('PDと判断'), source: 'rules' }],
  );
  return {
    note,
    events: [
      conflict!,
      { type: 'admission', evidence: span('入院'), date: { start: '2021-05-20' }, source: 'llm', warnings: ['date: the model said 2021-05-21, the note resolves to 2021-05-20; the note\'s date is used'] },
      { type: 'symptom', name: '呼吸困難', source: 'llm', warnings: ['ungrounded symptom: evidence "呼吸苦" is not in the note; kept'] },
    ],
  };
})();

let browser: Browser;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];
let htmlPath: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (.ci/run does: apt-get install chromium fonts-ipafont-gothic)`);
  const dir = mkdtempSync(join(tmpdir(), 'kozoka-review-'));
  const input = join(dir, 'events.jsonl');
  writeFileSync(input, [...gold, NoteEventsSchema.parse(warned)].map((x) => JSON.stringify(x)).join('\n') + '\n');
  htmlPath = join(dir, 'review.html');
  const r = await runCli(['review', input, '--out', htmlPath]);
  expect(r.code, r.stderr).toBe(0);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // As on this kind of machine: no sandbox as root, and no background connections
    // (the closed network refuses them).
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('request', (req) => requests.push(req.url()));
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(pathToFileURL(htmlPath).href);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** For each event index on the page: the text of the marks covering it, in order. */
async function highlighted(): Promise<Record<string, string>> {
  return page.$$eval('#text mark[data-events]', (marks) => {
    const out: Record<string, string> = {};
    for (const m of marks) for (const i of m.getAttribute('data-events')!.split(' ')) out[i] = (out[i] ?? '') + m.textContent;
    return out;
  });
}

describe('kozoka review in a real browser', () => {
  it('loads from one file, with no request beyond it and no script error', () => {
    expect(requests).toEqual([pathToFileURL(htmlPath).href]);
    expect(pageErrors).toEqual([]);
    expect(readFileSync(htmlPath, 'utf8')).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
  });

  it('on every note, the highlighted text of each event equals its evidence, keyboard moving note to note', async () => {
    const notes = [...gold, warned];
    for (let n = 0; n < notes.length; n++) {
      const { note, events } = notes[n]!;
      expect(await page.locator('#position').textContent()).toBe(`note ${n + 1} / ${notes.length}`);
      expect(await page.locator('#meta').textContent()).toContain(note.id);
      const shown = await highlighted();
      const expected: Record<string, string> = {};
      events.forEach((e, i) => {
        if (e.evidence) expected[String(i)] = e.evidence.text;
      });
      expect(shown, note.id).toEqual(expected);
      // The text pane is the note, unchanged.
      expect(await page.locator('#text').textContent()).toBe(note.text);
      expect(await page.locator('#events li').count()).toBe(events.length);
      await page.keyboard.press(n % 2 ? 'ArrowRight' : 'j');
    }
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#position').textContent()).toBe(`note ${notes.length - 1} / ${notes.length}`);
  });

  it('filters by type and by warning', async () => {
    await page.selectOption('#jump', { label: 'dev-001' });
    await page.uncheck('#types input[value="medication"]');
    expect(await page.locator('#text mark.t-medication').count()).toBe(0);
    expect(await page.locator('#events li.t-medication').count()).toBe(0);
    expect(await page.locator('#events li.t-biomarker').count()).toBeGreaterThan(0);
    await page.check('#types input[value="medication"]');
    expect(await page.locator('#text mark.t-medication').count()).toBeGreaterThan(0);

    for (const [kind, type] of [['conflict', 'response'], ['date', 'admission'], ['ungrounded', 'symptom']] as const) {
      await page.selectOption('#warning', kind);
      expect(await page.locator('#position').textContent()).toBe('note 1 / 1 (of 22)');
      expect(await page.locator('#events li').evaluateAll((lis) => lis.map((li) => li.className))).toEqual([`t-${type}`]);
    }
    await page.selectOption('#warning', 'any');
    expect(await page.locator('#events li').count()).toBe(3);
    expect(await page.locator('#events li .badge.none').count()).toBe(1); // the ungrounded one has no evidence
    await page.selectOption('#warning', 'all');
  });

  it('clicking an event marks its evidence; a screenshot is kept for people to look at', async () => {
    await page.selectOption('#jump', { label: 'dev-001' });
    await page.locator('#events li').nth(1).click();
    const focused = await page.locator('#text mark.focus').allTextContents();
    expect(focused.join('')).toBe(gold.find((g) => g.note.id === 'dev-001')!.events[1]!.evidence!.text);
    const out = join(ROOT, 'test', 'artifacts');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: join(out, 'review.png'), fullPage: true });
    expect(statSync(join(out, 'review.png')).size).toBeGreaterThan(20_000);
  });
});

describe('renderReviewHtml', () => {
  it('keeps note text that looks like markup inert', () => {
    const html = renderReviewHtml([{ note: { id: 'x', text: '</script><img src=x onerror=alert(1)>' }, events: [] }]);
    expect(html.match(/<\/script>/g)).toHaveLength(2); // the data block and the code block, nothing from the note
    expect(html).not.toContain('<img src=x');
  });

  it('classifies the warnings kozoka writes', () => {
    expect(warned.events.map((e) => (e.warnings ?? []).map(warningKind))).toEqual([['conflict'], ['date'], ['ungrounded']]);
    expect(warningKind('repair turn: bad JSON')).toBe('other');
  });
});
