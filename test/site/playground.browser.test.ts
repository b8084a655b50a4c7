/**
 * The docs site's playground in a real browser (Chromium through playwright-core): the site is
 * built (dist/ when missing or stale, then scripts/site.mjs without typedoc) into
 * test-output/_site, served on 127.0.0.1 and a random port, and checked against the library.
 *
 * Runs in the tz:UTC project only (the page's result does not depend on the zone; the library's
 * zone independence is what the other projects test). Skips itself when no chromium binary is
 * found — CI installs one (.ci/run), so there it always runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import * as poortwachter from '../../src/index.js';
import { checkSpoor2Readiness, computeTimeline, toICalendar, type Timeline } from '../../src/index.js';
import { decodePng } from './decodePng.js';
import { serveDirectory, type StaticServer } from './serveDirectory.js';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-output');
const SITE = join(OUT, '_site');
const CHROMIUM = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p !== undefined && p !== '' && existsSync(p));
const THIS_ZONE = process.env['TZ'] === 'UTC';
if (THIS_ZONE && CHROMIUM === undefined) {
  console.warn('test/site/playground.browser.test.ts: SKIPPED — no chromium binary found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser). Install chromium to run the browser test.');
}

let server: StaticServer;
let browser: Browser;

/** The rendered milestone rows: id, due, label, status text and legal-basis links. */
async function readRows(page: Page) {
  return page.$$eval('#milestones tbody tr', (rows) => rows.map((r) => ({
    id: r.getAttribute('data-milestone-id'),
    due: r.querySelector('time')?.getAttribute('datetime'),
    label: r.querySelector('th')?.textContent,
    links: [...r.querySelectorAll('.basis a')].map((a) => ({ id: a.textContent, href: a.getAttribute('href') })),
  })));
}

function expectRowsMatch(rows: Awaited<ReturnType<typeof readRows>>, t: Timeline) {
  expect(rows.map((r) => r.id)).toEqual(t.milestones.map((m) => m.id));
  expect(rows.map((r) => r.due)).toEqual(t.milestones.map((m) => m.due));
  expect(rows.map((r) => r.label)).toEqual(t.milestones.map((m) => m.label));
  expect(rows.map((r) => r.links)).toEqual(t.milestones.map((m) => m.legalBasis.map((ref) => ({ id: ref.id, href: ref.url }))));
}

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, server.url).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  expect(errors).toEqual([]);
  return page;
}

describe.skipIf(CHROMIUM === undefined || !THIS_ZONE)('the docs site in Chromium (tz:UTC only; skipped without a chromium binary)', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    const build = spawnSync(process.execPath, ['scripts/site.mjs', '--skip-api', '--out', SITE], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`site build failed:\n${build.stdout}\n${build.stderr}`);
    server = await serveDirectory(SITE);
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox'] });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads the case from the URL, matches computeTimeline, updates on change, downloads the calendar', async () => {
    const page = await open('playground.html?firstSickDay=2024-01-01&asOf=2024-03-01&locale=en&events.probleemanalyse=2024-02-05');
    const input = { firstSickDay: '2024-01-01', asOf: '2024-03-01', events: { probleemanalyse: '2024-02-05' } } as const;
    const expected = computeTimeline(input, { locale: 'en' });
    expectRowsMatch(await readRows(page), expected);
    expect(await page.textContent('#result-first-sick-day')).toBe('2024-01-01');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // the plan van aanpak is 14 days after the actual probleemanalyse (Regeling procesgang art 4 lid 1)
    expect(await page.textContent('tr[data-milestone-id="plan-van-aanpak"] time')).toBe('2024-02-19');
    expect(await page.inputValue('#event-probleemanalyse')).toBe('2024-02-05');

    // the picture: the SVG renderer when the build has it, a clear fallback otherwise
    if (typeof (poortwachter as Record<string, unknown>)['renderTimelineSvg'] === 'function') {
      expect(await page.locator('#picture svg').count()).toBe(1);
    } else {
      expect(await page.isVisible('#svg-fallback')).toBe(true);
    }

    // change a field: the table and the URL follow
    await page.fill('#firstSickDay', '2024-02-01');
    await page.waitForFunction("document.querySelector('#result-first-sick-day')?.textContent === '2024-02-01'");
    const changed = computeTimeline({ ...input, firstSickDay: '2024-02-01' }, { locale: 'en' });
    expectRowsMatch(await readRows(page), changed);
    expect(new URL(page.url()).searchParams.get('firstSickDay')).toBe('2024-02-01');

    // switch language: labels come from the library in Dutch
    await page.selectOption('#locale', 'nl');
    await page.waitForFunction("document.documentElement.lang === 'nl'");
    expectRowsMatch(await readRows(page), computeTimeline({ ...input, firstSickDay: '2024-02-01' }, { locale: 'nl' }));
    expect(new URL(page.url()).searchParams.get('locale')).toBeNull();

    // download the calendar
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('poortwachter-2024-02-01.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const nlTimeline = computeTimeline({ ...input, firstSickDay: '2024-02-01' }, { locale: 'nl' });
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(nlTimeline.milestones.length + nlTimeline.evaluations.length);
    for (const m of nlTimeline.milestones) {
      const ev = events.find((e) => e.includes(`UID:20240201-${m.id}@poortwachter`));
      expect(ev, m.id).toBeDefined();
      expect(ev).toContain(`DTSTART;VALUE=DATE:${m.due.replace(/-/g, '')}`);
    }
    expect(ics).toBe(toICalendar(nlTimeline, { locale: 'nl' }));

    // a screenshot that is not blank
    mkdirSync(OUT, { recursive: true });
    const shot = await page.screenshot({ fullPage: true });
    writeFileSync(join(OUT, 'playground.png'), shot);
    const { width, height, rgba } = decodePng(shot);
    expect(width).toBeGreaterThan(300);
    let differing = 0;
    for (let i = 4; i < rgba.length; i += 4) if (rgba[i] !== rgba[0] || rgba[i + 1] !== rgba[1] || rgba[i + 2] !== rgba[2]) differing++;
    expect(differing / (width * height)).toBeGreaterThan(0.02);
    await page.close();
  });

  it('shows sick periods (samentelling) and puts input issues next to their fields', async () => {
    const page = await open('playground.html?period=2025-01-06..2025-01-23&period=2025-02-10..&asOf=2025-03-10&locale=en');
    expect(await page.isChecked('input[name="mode"][value="sickPeriods"]')).toBe(true);
    expectRowsMatch(await readRows(page), computeTimeline({ sickPeriods: [{ from: '2025-01-06', to: '2025-01-23' }, { from: '2025-02-10' }], asOf: '2025-03-10' }, { locale: 'en' }));

    // a period that ends before it starts
    await page.fill('#period-0-to', '2025-01-01');
    await page.waitForSelector('#result', { state: 'hidden' });
    expect(await page.textContent('#period-0-to-error')).toMatch(/before|start/i);
    expect(await page.getAttribute('#period-0-to', 'aria-invalid')).toBe('true');
    expect(new URL(page.url()).searchParams.getAll('period')).toEqual(['2025-01-06..2025-01-01', '2025-02-10..']);
    await page.close();
  });

  it('runs the spoor-2 readiness check with the same verdict as checkSpoor2Readiness', async () => {
    const page = await open('spoor2.html?firstSickDay=2024-01-01&asOf=2025-01-20&eerstejaarsevaluatie.held=true&eerstejaarsevaluatie.date=2024-12-16&activities=complete&locale=en');
    const expected = checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, activities: {} });
    expect(await page.textContent('#s2-status-code')).toBe(expected.status);
    expect(await page.textContent('#s2-status')).toBe(expected.statusLabel.en);
    expect(await page.textContent('#s2-required-by')).toBe(expected.deadline.requiredBy);
    expect(expected.deadline.requiredBy).toBe('2025-01-27');
    expect(await page.$$eval('#s2-findings tbody tr', (rows) => rows.map((r) => r.getAttribute('data-code')))).toEqual(expected.findings.map((f) => f.code));
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'spoor2.png'), fullPage: true });
    await page.close();
  });
});
