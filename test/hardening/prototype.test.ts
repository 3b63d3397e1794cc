/**
 * Hostile option names and a polluted Object.prototype (issue: nothing crafted gets through). Every lookup by a
 * caller's key uses own properties only, and inherited values are never read as data.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate';
import { checkRules } from '../../src/rules';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { planErrorOf } from '../_thrown';
import { runCli } from '../cli/_io';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ONE = { asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101' }] };

describe('option names from the object prototype are unknown options', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'])('evaluate(snapshot, { %s: 1 }) → PlanInputError unknown_option', (key) => {
    const options = JSON.parse(`{"${key}": 1}`) as Record<string, unknown>;
    expect(planErrorOf(() => evaluate(ONE, options))).toMatchObject({ code: 'unknown_option', path: [key] });
  });

  it('checkRules(snapshot, { constructor: 1 }) → unknown_option, not a TypeError', () => {
    expect(() => checkRules(ONE, JSON.parse('{"constructor": 1}') as never)).toThrow(PlanInputError);
  });

  it('the CLI: --options-json with "constructor" exits 2 naming the option, not 3 "internal error"', async () => {
    const d = mkdtempSync(join(tmpdir(), 'lcp-proto-'));
    writeFileSync(join(d, 'o.json'), '{"constructor": 1}');
    writeFileSync(join(d, 's.json'), JSON.stringify(ONE));
    const r = await runCli(['evaluate', 's.json', '--options-json', 'o.json'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('constructor');
    expect(r.stderr).not.toContain('internal error');
  });
});

describe('a polluted Object.prototype is never read as data', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)['hasServiceFacility'];
    delete (Object.prototype as Record<string, unknown>)['households'];
  });

  it('[P1.1] an inherited hasServiceFacility: true does not make a village covered: missing data, as without it', () => {
    (Object.prototype as Record<string, unknown>)['hasServiceFacility'] = true;
    const e = evaluate(ONE, { scope: 'units' });
    expect(e.indicators.find((r) => r.id === 'rural_facility_coverage' && r.level === 'county')).toMatchObject({
      status: 'missing_data',
      value: null,
      missing: [{ unit: '533124101201', field: 'hasServiceFacility' }],
    });
  });

  it('[P1.4] an inherited households count is not read either: the unit own data decides', () => {
    (Object.prototype as Record<string, unknown>)['households'] = 1000;
    const e = evaluate({ asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', households: 300, facilityBuildingArea: '90' }] }, { scope: 'units' });
    // 90 m² for 300 households = 30 m² per 100 households (not 9, as 1000 households would give).
    expect(e.indicators.find((r) => r.id === 'facility_area_per_100_households' && r.level === 'county')?.value).toBe('30');
  });
});
