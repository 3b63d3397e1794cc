// The IIFE and ESM browser bundles loaded by a real headless Chromium page.
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer } from './_chromium';

let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  ({ server, url } = await startServer({
    '/iife.html': {
      body: `<!doctype html><meta charset="utf-8"><script src="/dist/browser/longchuan-community-plan.global.js"></script>
<script>window.result = { end: LongchuanPlan.PLAN.period.end, villages: LongchuanPlan.VILLAGE_UNITS.length, year: LongchuanPlan.planYear('2023-07-02') };</script>`,
    },
    '/esm.html': {
      body: `<!doctype html><meta charset="utf-8"><script type="module">
import * as lcp from '/dist/browser/longchuan-community-plan.mjs';
window.result = { end: lcp.PLAN.period.end, villages: lcp.VILLAGE_UNITS.length, year: lcp.planYear('2023-07-02') };
</script>`,
    },
  }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe.each(['iife', 'esm'])('the %s browser bundle in Chromium', (kind) => {
  it('computes plan results in the page', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${url}/${kind}.html`);
    await page.waitForFunction(() => (window as unknown as { result?: unknown }).result !== undefined);
    const result = await page.evaluate(() => (window as unknown as { result: unknown }).result);
    // 2023 is the third year of 2021–2025.
    expect(result).toEqual({ end: '2025-12-31', villages: 77, year: 3 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
