// A web app's bundler gets the tree-shakable build, not the prebuilt full bundle: tiny apps importing one export each
// from the packed package, built by esbuild and by Vite for the browser, stay within their budgets (brotli), resolve
// the package's `browser` entry (dist/browser.js → dist/index.js), and still switch zod to jitless mode before any
// schema is built (strict Content-Security-Policy). Budgets were set from the run kept in
// bench/results/bundlers-2026-12-07.txt (measured size plus about 3%; zod/mini and the reports in chunks of their own); a budget that no longer holds is raised only
// with a new kept run that says what grew.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type App, type Built, apps, consumer, kB, withEsbuild, withVite } from './bundleApps';

/** Budgets in bytes, brotli, per app and bundler. */
const BUDGETS: Record<string, { esbuild: number; vite: number }> = {
  // From the run of d1c066c (evaluate without decimal.js and the rules' texts: 60.41 kB and 56.20 kB), plus about 3%.
  evaluate: { esbuild: 62_200, vite: 57_900 },
  computeIndicator: { esbuild: 9_950, vite: 9_600 },
  // The subpath, when the package has one, may cost no more than the same import from the package root.
  'formulas subpath: computeIndicator': { esbuild: 9_950, vite: 9_600 },
  renderReport: { esbuild: 107_900, vite: 102_300 },
};

const PKG = 'node_modules/longchuan-community-plan/dist';
let dir: string;
const built = new Map<string, Built>();

beforeAll(async () => {
  dir = consumer();
  for (const a of apps()) {
    built.set(`esbuild ${a.name}`, await withEsbuild(dir, a));
    built.set(`vite ${a.name}`, await withVite(dir, a));
  }
}, 120_000);

describe.each(apps().map((a) => [a.name, a] as [string, App]))('an app importing %s', (name, a) => {
  it.each(['esbuild', 'vite'] as const)('built by %s stays within its budget and resolves the browser entry', (bundler) => {
    const b = built.get(`${bundler} ${name}`)!;
    const budget = BUDGETS[name]![bundler];
    expect(b.brotli, `${bundler} ${name}: ${kB(b.brotli)} kB, budget ${kB(budget)} kB`).toBeLessThanOrEqual(budget);
    expect(b.graph).not.toContain(`${PKG}/browser/longchuan-community-plan.mjs`);
    if (a.entry === '.') {
      expect(b.graph).toContain(`${PKG}/browser.js`);
      expect(b.included).toContain(`${PKG}/_lib/zodJitless.js`);
      // The jitless switch survives tree-shaking (`sideEffects` lists it).
      expect(b.code).toMatch(/jitless:(?:true|!0)/);
    } else {
      // A subpath without zod needs no jitless switch: it must bring no zod at all.
      expect(b.included.filter((m) => m.includes('node_modules/zod/'))).toEqual([]);
    }
  });
});

describe('tree-shaking', () => {
  it('the formulas leave out the schemas, the rules, the reports and decimal.js; evaluate leaves out decimal.js', () => {
    for (const bundler of ['esbuild', 'vite']) {
      const mods = built.get(`${bundler} computeIndicator`)!.included;
      // zod's config() (v4/core/core.js) comes in with the jitless switch; none of its schemas does.
      expect(mods.filter((m) => m.includes('node_modules/zod/')), bundler).toEqual(['node_modules/zod/v4/core/core.js']);
      expect(mods.filter((m) => m.includes('decimal.js')), bundler).toEqual([]);
      // The controls: evaluate brings zod's schemas (and, comparing and rounding in exact integers, no decimal.js);
      // the reports, which show rates, areas and money, bring decimal.js.
      const evaluate = built.get(`${bundler} evaluate`)!.included;
      expect(evaluate, bundler).toEqual(expect.arrayContaining(['node_modules/zod/v4/core/schemas.js']));
      expect(evaluate.filter((m) => m.includes('decimal.js')), bundler).toEqual([]);
      expect(built.get(`${bundler} renderReport`)!.included, bundler).toEqual(expect.arrayContaining(['node_modules/decimal.js/decimal.mjs']));
      expect(built.get(`${bundler} computeIndicator`)!.code, bundler).not.toContain('renderReport');
    }
  });

  it('every app is smaller than the same app built against the prebuilt full bundle', async () => {
    const full = join(dir, PKG, 'browser', 'longchuan-community-plan.mjs');
    for (const a of apps().filter((x) => x.entry === '.')) {
      const baseline = await withEsbuild(dir, a, full);
      expect(built.get(`esbuild ${a.name}`)!.brotli, a.name).toBeLessThan(baseline.brotli);
    }
  });
});

// Run the esbuild app in Node with `Function` replaced by a counting proxy: zod probes `new Function` when its first
// object schema is built unless jitless mode is already on, which is what a strict CSP reports as a violation.
function probesWhenRun(b: Built, file: string): { probes: number; display: string } {
  const path = join(dir, file);
  writeFileSync(
    path,
    `let probes = 0;
globalThis.Function = new Proxy(Function, { construct(t, args) { probes++; return Reflect.construct(t, args); } });
${b.code}
const e = globalThis.app.evaluate({ asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] }, { scope: 'units' });
console.log(JSON.stringify({ probes, display: e.headline[0].display }));
`,
  );
  return JSON.parse(execFileSync(process.execPath, [path]).toString()) as { probes: number; display: string };
}

describe('[P1.1] strict Content-Security-Policy', () => {
  it('the bundled app switches zod to jitless before any schema is built: no new Function at all', () => {
    // One village with a facility, its own figures: 1 ÷ 1 = 100.0%.
    expect(probesWhenRun(built.get('esbuild evaluate')!, 'jitless.mjs')).toEqual({ probes: 0, display: '100.0' });
  });

  it('control: the same app built from the Node entry (no jitless) probes', async () => {
    const node = await withEsbuild(dir, apps()[0]!, join(dir, PKG, 'index.js'));
    expect(probesWhenRun(node, 'control.mjs').probes).toBeGreaterThan(0);
  });
});
