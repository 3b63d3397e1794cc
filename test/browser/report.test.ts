// The HTML report opened in a real headless Chromium: it renders its seven charts and its tables, makes no request
// beyond the page itself, logs no error, needs no script, fits small screens, and its status colours are legible.
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { renderReport } from '../../src/report/renderReport';
import { countySnapshot, hostileSnapshot } from '../report/_fixtures';
import { launchChromium, startServer } from './_chromium';

let browser: Browser;
let server: Server;
let url: string;

const county = evaluate(countySnapshot());

beforeAll(async () => {
  ({ server, url } = await startServer({
    '/report.zh-CN.html': { body: renderReport(county, { format: 'html', locale: 'zh-CN' }) },
    '/report.en.html': { body: renderReport(county, { format: 'html', locale: 'en' }) },
    '/hostile.html': { body: renderReport(evaluate(hostileSnapshot()), { format: 'html', locale: 'en' }) },
  }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Open a page with scripts disabled (the report needs none), recording every request and every error. */
async function open(path: string, width = 1280): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const response = await page.goto(`${url}${path}`);
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('load');
  return { page, requests: requests.filter((r) => !r.endsWith('/favicon.ico')), errors };
}

/** WCAG relative luminance of `rgb(r, g, b)`. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

describe.each(['zh-CN', 'en'])('the %s HTML report in Chromium', (locale) => {
  it('renders the headline table and seven visible charts, with no request beyond the page and no error', async () => {
    const { page, requests, errors } = await open(`/report.${locale}.html`);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);

    const headline = page.locator('#headline table');
    await expect.poll(() => headline.isVisible()).toBe(true);
    expect(await headline.locator('thead th').count()).toBe(9);
    expect(await headline.locator('tbody tr').count()).toBe(7);
    expect((await headline.locator('tbody tr').first().innerText()).replace(/\s+/g, ' ')).toMatch(/^P1\.1 .+ 80\.9 74\.0 80 /);

    const charts = page.locator('figure.chart svg');
    expect(await charts.count()).toBe(7);
    for (let i = 0; i < 7; i++) {
      const chart = charts.nth(i);
      expect(await chart.isVisible()).toBe(true);
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(150);
      // Drawn: the target line spans the plot, and the accessible name is the indicator.
      const target = await chart.locator('line.target').boundingBox();
      expect(target!.width).toBeGreaterThan(box!.width * 0.6);
      expect(await page.getByRole('img', { name: new RegExp(`^P1\\.${i + 1} `) }).count()).toBe(1);
    }
    // The six charts with a value show it as a dot; the one without says so.
    expect(await page.locator('figure.chart circle.current').count()).toBe(6);
    expect(await page.locator('figure.chart text.novalue-label').count()).toBe(1);

    expect(await page.locator('#townships tbody tr').count()).toBe(11);
    expect(await page.locator('#rules table').count()).toBe(2);
    expect(await page.locator('#missing td', { hasText: 'hasSelfServiceTerminal' }).count()).toBe(1);

    expect(requests).toEqual([`${url}/report.${locale}.html`]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone screen: the page does not scroll sideways (wide tables scroll in their own box)', async () => {
    const { page } = await open(`/report.${locale}.html`, 390);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    const box = await page.locator('figure.chart svg').first().boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.width).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('status badges and cells are legible: contrast at least 4.5:1', async () => {
    const { page } = await open(`/report.${locale}.html`);
    const pairs = await page.$$eval('.badge, td .cell', (els) =>
      els.map((el) => {
        const s = getComputedStyle(el);
        return [el.className, s.color, s.backgroundColor] as const;
      }),
    );
    expect(pairs.length).toBeGreaterThan(20);
    for (const [cls, fg, bg] of pairs) expect(contrast(fg, bg), cls).toBeGreaterThanOrEqual(4.5);
    await page.context().close();
  });
});

it('hostile text in the data stays text in the page', async () => {
  const { page, errors, requests } = await open('/hostile.html');
  expect(await page.locator('script, img').count()).toBe(0);
  expect(await page.locator('#missing').innerText()).toContain('<script>alert(');
  expect(requests).toEqual([`${url}/hostile.html`]);
  expect(errors).toEqual([]);
  await page.context().close();
});
