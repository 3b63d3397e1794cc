// The offline workbench (dist/workbench.html, built by `npm run build`) opened from disk (file://, no server) in a
// real headless Chromium: files set on its file input (a UTF-8 CSV, a GBK CSV, an xlsx, two years, a bad file), the
// headline read, the downloads taken, and no console error and no CSP violation anywhere (the page's own strict,
// hash-based policy, inherited by the sandboxed frame that shows the report).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/io/readSnapshotTables';
import { xlsxFromSheets } from '../../src/io/xlsxFromSheets';
import { VILLAGE_UNITS } from '../../src/units/units.generated';
import { launchChromium, ROOT } from './_chromium';

const PAGE = join(ROOT, 'dist', 'workbench.html');
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(PAGE)) throw new Error('dist/workbench.html is missing: run `npm run build` first');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

// Longchuan's 68 registered village committees, the first `withFacility` of them with a service facility: P1.1 is
// that share of 68 at county level (communities do not count for the rural figure).
const VILLAGES = VILLAGE_UNITS.filter((v) => v.kind === 'village_committee');
function unitsCsv(withFacility: number, flag: (has: boolean) => string = (has) => (has ? '是' : '否')): string {
  const rows = VILLAGES.map((v, i) => `${v.code},${v.townshipCode},${v.shortName},${flag(i < withFacility)}`);
  return `村级代码,所属乡镇代码,名称,有无综合服务设施\r\n${rows.join('\r\n')}\r\n`;
}

/** GBK bytes of `text`, through the inverse of the platform's own GBK decoder (no encoder library needed). */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const c = decoder.decode(new Uint8Array([lead, trail]));
      if (c.length === 1 && c !== '\ufffd' && !table.has(c)) table.set(c, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) out.push(c.charCodeAt(0));
    else {
      const b = table.get(c);
      if (b === undefined) throw new Error(`no GBK code for ${c}`);
      out.push(...b);
    }
  }
  return Buffer.from(out);
}

interface Opened {
  readonly page: Page;
  readonly errors: string[];
}

/** Open the page from disk, recording console errors, page errors and CSP violations (in every frame). */
async function open(): Promise<Opened> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(`console: ${m.text()}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(pathToFileURL(PAGE).href);
  expect(response?.ok() ?? true).toBe(true);
  await expect.poll(() => page.locator('#status').innerText()).toContain('请选择文件');
  return { page, errors };
}

async function done({ page, errors }: Opened): Promise<void> {
  await page.waitForTimeout(200); // any late violation report
  expect(errors).toEqual([]);
  await page.context().close();
}

type Payload = { name: string; mimeType: string; buffer: Buffer };
const csv = (name: string, text: string | Buffer): Payload => ({ name, mimeType: 'text/csv', buffer: typeof text === 'string' ? Buffer.from(text) : text });

async function headline(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator('#result').isVisible()).toBe(true);
  return page.locator('#headline tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

async function take(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), page.click(button)])) as [Download, void];
  const path = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(path) };
}

describe('the offline workbench page from disk', () => {
  it('is one file: no request beyond itself, its script and styles allowed by hash only', async () => {
    const html = readFileSync(PAGE, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src( 'sha256-[A-Za-z0-9+/=]+')+; base-uri 'none'; form-action 'none'$/);
    expect(csp).not.toMatch(/unsafe/);
    const outsideScript = html.replace(/<script>[\s\S]*<\/script>/, '<script></script>');
    expect(outsideScript).not.toMatch(/<script[^>]*\ssrc=|<link\s|<img\s|@import|url\(/i);
    expect(outsideScript.match(/<script/g)).toHaveLength(1);
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);

    const opened = await open();
    const requests: string[] = [];
    opened.page.on('request', (r) => requests.push(r.url()));
    await opened.page.setInputFiles('#files', [csv('陇川-2024.csv', unitsCsv(55))]);
    await headline(opened.page);
    expect(requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('about:'))).toEqual([]);
    await done(opened);
  });

  it('[P1.1] a UTF-8 CSV: 55 of 68 villages → 80.9, 达标; the report in the frame; HTML, Markdown and JSON downloads', async () => {
    const opened = await open();
    const { page } = opened;
    await page.setInputFiles('#files', [csv('陇川-2024.csv', `\uFEFF${unitsCsv(55)}`)]);
    const rows = await headline(page);
    // 55 / 68 = 80.88…% → 80.9, above the 2025 target of 80: achieved.
    expect(rows[0]).toBe('P1.1 农村社区综合服务设施覆盖率 80.9 80 达标');
    expect(rows).toHaveLength(7);
    expect(await page.locator('#file-list tbody tr').innerText()).toMatch(/陇川-2024\.csv\s+CSV UTF-8\s+68\s*/);
    expect(await page.locator('#file-list input[type=date]').inputValue()).toBe('2024-12-31');

    const frame = page.frameLocator('#report');
    // In the report: unit, 2020 baseline 60, value, 76.0 expected on the straight line at 2024-12-31 (60 + 20 × 4/5), target.
    expect((await frame.locator('#headline tbody tr').first().innerText()).replace(/\s+/g, ' ')).toMatch(/^P1\.1 农村社区综合服务设施覆盖率 % 60 80\.9 76\.0 80 达标/);

    const html = await take(page, '#download-html');
    expect(html.name).toBe('longchuan-report-2024-12-31.zh-CN.html');
    expect(html.body.toString('utf8')).toMatch(/^<!doctype html>/i);
    expect(html.body.toString('utf8')).toContain('80.9');
    const md = await take(page, '#download-md');
    expect(md.name).toBe('longchuan-report-2024-12-31.zh-CN.md');
    expect(md.body.toString('utf8').split('\n')[0]).toBe('# 陇川县“十四五”城乡社区服务体系建设规划');
    const json = await take(page, '#download-json');
    expect(json.name).toBe('longchuan-report-2024-12-31.json');
    const evaluation = JSON.parse(json.body.toString('utf8')) as { asOf: string; headline: { id: string; display: string; meetsTarget: boolean }[] };
    expect([evaluation.asOf, evaluation.headline[0]]).toMatchObject(['2024-12-31', { id: 'rural_facility_coverage', display: '80.9', meetsTarget: true }]);

    // English: the report and the page's status words switch, the data stays.
    await page.selectOption('#locale', 'en');
    await expect.poll(async () => (await page.locator('#headline tbody tr').first().innerText()).replace(/\s+/g, ' ')).toBe('P1.1 Coverage rate of rural community comprehensive service facilities 80.9 80 achieved');
    expect(await frame.locator('html').getAttribute('lang')).toBe('en');
    expect((await take(page, '#download-md')).name).toBe('longchuan-report-2024-12-31.en.md');
    await done(opened);
  });

  it('[P1.1] a GBK CSV as Excel saves it on Chinese Windows: 54 of 68 → 79.4, below the 80 target', async () => {
    const opened = await open();
    const { page } = opened;
    await page.setInputFiles('#files', [csv('units.csv', gbk(unitsCsv(54, (has) => (has ? '有' : '无'))))]);
    // No year in the name: the date is asked for, and the problem says so in both languages.
    await expect.poll(() => page.locator('#problems').innerText()).toContain('文件 units.csv 的数据日期');
    expect(await page.locator('#problems').innerText()).toContain('enter the date the figures describe');
    expect(await page.locator('#file-list tbody tr').innerText()).toContain('CSV GBK');
    await page.fill('#file-list input[type=date]', '2024-12-31');
    await page.dispatchEvent('#file-list input[type=date]', 'change');
    const rows = await headline(page);
    // 54 / 68 = 79.41…% → 79.4, under the 2025 target of 80 but above the 76.0 the straight line from 60 (2020)
    // expects at 2024-12-31: on track.
    expect(rows[0]).toBe('P1.1 农村社区综合服务设施覆盖率 79.4 80 进度正常');
    expect(await page.locator('#problems-section').isVisible()).toBe(false);
    await done(opened);
  });

  it('an xlsx workbook with its own date in 全县, and the filled templates (xlsx, CSV) downloaded', async () => {
    const opened = await open();
    const { page } = opened;
    const rows = [['村级代码', '所属乡镇代码', '有无综合服务设施'], ...VILLAGES.map((v, i) => [v.code, v.townshipCode, i < 68 ? '是' : '否'])];
    const book = xlsxFromSheets([
      { name: '村（社区）', rows, textColumns: [1, 2] },
      { name: '全县', rows: [['项目', '数值'], ['数据截止日期', '2023-12-31']] },
    ]);
    await page.setInputFiles('#files', [{ name: '填报.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(book) }]);
    // Every one of the 68 villages: 100.0, achieved; the date came from the workbook.
    expect((await headline(page))[0]).toBe('P1.1 农村社区综合服务设施覆盖率 100.0 80 达标');
    expect(await page.locator('#file-list input[type=date]').inputValue()).toBe('2023-12-31');

    const template = await take(page, '#download-template-xlsx');
    expect(template.name).toBe('longchuan-template.xlsx');
    const units = readWorkbook(new Uint8Array(template.body)).input['units'] as { code: string }[];
    expect(units.map((u) => u.code)).toEqual(VILLAGE_UNITS.map((u) => u.code));
    const csvTemplate = await take(page, '#download-template-csv');
    expect(csvTemplate.name).toBe('村（社区）.csv');
    expect(csvTemplate.body.toString('utf8')).toMatch(/^\uFEFF村级代码,/);
    expect(csvTemplate.body.toString('utf8').trimEnd().split('\r\n')).toHaveLength(78);
    await done(opened);
  });

  it('two years side by side: the final-assessment report of 2023 and 2024', async () => {
    const opened = await open();
    const { page } = opened;
    await page.setInputFiles('#files', [csv('陇川-2024.csv', unitsCsv(55)), csv('陇川-2023.csv', unitsCsv(51))]);
    const rows = await headline(page);
    expect(await page.locator('#headline-title').innerText()).toContain('逐年评估：2023、2024年');
    expect(rows[0]).toMatch(/^P1\.1 农村社区综合服务设施覆盖率 80\.9 80 达标$/); // the latest year
    // 51 / 68 = 75.0 in 2023, 80.9 in 2024, both in the series report's table.
    const report = await page.frameLocator('#report').locator('body').innerText();
    expect(report).toContain('75.0');
    expect(report).toContain('80.9');
    const html = await take(page, '#download-html');
    expect(html.name).toBe('longchuan-report-2023-2024.zh-CN.html');
    await done(opened);
  });

  it('bad files: the library\'s bilingual problems, located by file, row and column; no report, no error', async () => {
    const opened = await open();
    const { page } = opened;
    const bad = '村级代码,所属乡镇代码,有无综合服务设施\r\n533124101201,533124101,是\r\n533124101202,533124101,也许\r\n5.33124101203E+11,533124101,否\r\n';
    await page.setInputFiles('#files', [csv('坏-2024.csv', bad)]);
    await expect.poll(() => page.locator('#problems-section').isVisible()).toBe(true);
    const text = await page.locator('#problems').innerText();
    expect(text).toContain('文件 坏-2024.csv 第3行「有无综合服务设施」列（C）');
    expect(text).toContain('file 坏-2024.csv, row 3, column 有无综合服务设施 (C)');
    expect(text).toContain('file 坏-2024.csv, row 4, column 村级代码 (A)');
    expect(await page.locator('#result').isVisible()).toBe(false);

    // Not a table at all, and a header the reader does not know: both named, in both languages.
    await page.setInputFiles('#files', [
      { name: 'x.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 not a zip') },
      csv('y-2024.csv', 'foo,bar\r\n1,2\r\n'),
    ]);
    await expect.poll(() => page.locator('#problems').innerText()).toContain('未知的表头');
    const more = await page.locator('#problems').innerText();
    expect(more).toContain('unknown header "foo"');
    expect(more).toMatch(/xlsx/);
    await done(opened);
  });

  it('hostile names and cells stay text: nothing from the data becomes markup in the page', async () => {
    const opened = await open();
    const { page } = opened;
    const evil = '<img src=x onerror=alert(1)>';
    await page.setInputFiles('#files', [csv(`${evil}-2024.csv`, `村级代码,所属乡镇代码,名称\r\n533124101201,533124101,"${evil}"\r\n533124101202,533124101,"<script>alert(2)</script>"\r\n`)]);
    await headline(page);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#file-list tbody td').first().innerText()).toBe(`${evil}-2024.csv`);
    expect(await page.frameLocator('#report').locator('script, img').count()).toBe(0);
    await done(opened);
  });
});
