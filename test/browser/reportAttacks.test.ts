// Issue 16 in a real Chromium, with script enabled: a hostile evaluation re-rendered (a dashboard's normal flow) runs
// no script and raises no Content-Security-Policy violation; and were some markup ever to slip through the escaping,
// the report's own CSP would still keep it from running (the violations are then the payload's, never the page's).
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { renderReport } from '../../src/report/renderReport';
import { countySnapshot } from '../report/_fixtures';
import { hostileEvaluation } from '../report/_hostileEvaluation';
import { launchChromium, startServer } from './_chromium';

let browser: Browser;
let server: Server;
let url: string;

/** Markup that escaped the escaping: an inline script, an event handler, an external script and an image. */
const INJECTED =
  '<script>window.__pwned = "inline"</script><img src="x" onerror="window.__pwned = \'onerror\'">' +
  '<script src="/evil.js"></script><img src="/pixel.png">';

const clean = renderReport(evaluate(countySnapshot()), { format: 'html', locale: 'zh-CN' });
const pages: Record<string, string> = {
  '/clean.html': clean,
  // The hostile evaluation, stored as JSON and read back, then rendered.
  '/hostile.zh-CN.html': renderReport(JSON.parse(JSON.stringify(hostileEvaluation())), { format: 'html', locale: 'zh-CN' }),
  '/hostile.en.html': renderReport(JSON.parse(JSON.stringify(hostileEvaluation())), { format: 'html', locale: 'en' }),
  // A page where markup got through: the CSP meta is the last line of defence.
  '/injected.html': clean.replace('<main>', `<main>${INJECTED}`),
};

beforeAll(async () => {
  ({ server, url } = await startServer({
    ...Object.fromEntries(Object.entries(pages).map(([path, body]) => [path, { body }])),
    '/evil.js': { body: 'window.__pwned = "external"', type: 'text/javascript; charset=utf-8' },
  }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Open a page with script enabled, recording CSP violations (from before the page parses), responses and errors. */
async function open(path: string): Promise<{ page: Page; violations: string[]; requests: string[]; errors: string[]; pwned: unknown }> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  const requests: string[] = [];
  const errors: string[] = [];
  // What reached the network: a request the CSP blocks is announced by the browser but never answered.
  page.on('response', (r) => requests.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(`${url}${path}`);
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('load');
  // Give late violation events and any (blocked) handler time to arrive.
  await page.waitForTimeout(300);
  const { violations, pwned } = await page.evaluate(() => {
    const w = window as unknown as { __violations: string[]; __pwned?: unknown };
    return { violations: [...w.__violations], pwned: w.__pwned };
  });
  return { page, violations, requests: requests.filter((r) => r !== '/favicon.ico'), errors, pwned };
}

it('the report itself raises no CSP violation and makes no request beyond the page', async () => {
  const { page, violations, requests, errors, pwned } = await open('/clean.html');
  expect(await page.locator('figure.chart svg').count()).toBe(7);
  expect({ violations, requests, errors, pwned }).toEqual({ violations: [], requests: ['/clean.html'], errors: [], pwned: undefined });
  await page.context().close();
});

it.each(['zh-CN', 'en'])('[S4] a hostile evaluation re-rendered (%s): no script runs, no CSP violation, the payload shown as text', async (locale) => {
  const { page, violations, requests, errors, pwned } = await open(`/hostile.${locale}.html`);
  expect({ violations, requests, errors, pwned }).toEqual({ violations: [], requests: [`/hostile.${locale}.html`], errors: [], pwned: undefined });
  expect(await page.locator('main script, main img, main a[href^="http"]').count()).toBe(0);
  expect(await page.locator('#missing').innerText()).toContain('<script>window.__pwned=2</script>');
  // The right-to-left override is shown, not obeyed.
  expect(await page.locator('#missing').innerText()).toContain('abc\\u{202e}fed');
  await page.context().close();
});

it('[S4] markup that slipped through is inert: the CSP blocks every script and request, and only the payload violates it', async () => {
  const { page, violations, requests, errors, pwned } = await open('/injected.html');
  expect(pwned).toBeUndefined();
  expect(errors).toEqual([]);
  // Nothing left the page: the external script and both images were blocked before any request.
  expect(requests).toEqual(['/injected.html']);
  // Every violation is one of the four injected elements'; the page's own content raised none.
  expect([...violations].sort()).toEqual(
    [`img-src ${url}/pixel.png`, `img-src ${url}/x`, 'script-src-attr inline', 'script-src-elem inline', `script-src-elem ${url}/evil.js`].sort(),
  );
  await page.context().close();
});
