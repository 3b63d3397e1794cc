/**
 * The income rule (T12) compares and shows money without decimal.js (so that `import { evaluate }` does not bundle
 * it). Its status and its shown wage must be exactly those the Decimal reading gives: income ≥ monthly wage, or
 * income × 12 ≥ annual wage, and annual ÷ 12 shown to the fen, with more places (up to 12) while the shown figure
 * would put the income on the other side of it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, roundToString, type Dec } from '../../src/_lib/decimal';
import { checkRule } from '../../src/rules/checkRules';
import { snap } from './_helpers';

const INCOME = 't12-urban-worker-income';

/** The rule's reading in decimal.js, as it was written before: the oracle. */
function viaDecimal(income: string, wage: { monthly?: string; annual?: string }): [string, string] {
  const inc: Dec = dec(income);
  if (wage.monthly !== undefined) return [inc.gte(dec(wage.monthly)) ? 'pass' : 'fail', `≥${wage.monthly} yuan`];
  const annual = dec(wage.annual as string);
  const ok = inc.times(12).gte(annual);
  const exact = annual.div(12);
  let shown = roundToString(exact, 2, 'half_up');
  for (let places = 3; places <= 12 && inc.gte(shown) !== ok; places++) shown = roundToString(exact, places, 'half_up');
  return [ok ? 'pass' : 'fail', `≥${shown} yuan`];
}

/** Money as the snapshot keeps it: canonical, at most 2 decimals; at most 80,000,000 yuan, so that 12 × it + 3 stays within the 1,000,000,000 the snapshot accepts. */
const money = fc
  .tuple(fc.integer({ min: 0, max: 80_000_000 }), fc.integer({ min: 0, max: 99 }))
  .map(([y, f]) => (f === 0 ? String(y) : `${y}.${String(f).padStart(2, '0').replace(/0$/, '')}`));

function run(income: string, wage: { monthly?: string; annual?: string }): [string, string] {
  const w = { year: 2023, ...(wage.monthly === undefined ? {} : { averageMonthlyWage: wage.monthly }), ...(wage.annual === undefined ? {} : { averageAnnualWage: wage.annual }) };
  const s = snap('2025-03-31', { county: { urbanUnitWages: [w] }, records: { communityWorkerIncome: [{ year: 2024, averageMonthlyIncome: income }] } });
  const [r] = checkRule(INCOME, s);
  return [r?.status ?? '', r?.expected ?? ''];
}

describe('[T12] the income rule equals its Decimal reading', () => {
  it('on hand-worked values: 100000 ÷ 12 against 8333.33 and 8333.34', () => {
    // 8333.33 × 12 = 99999.96 < 100000 → fail, and the fen (8333.33) would equal the income: 8333.333 is shown.
    expect(run('8333.33', { annual: '100000' })).toEqual(['fail', '≥8333.333 yuan']);
    // 8333.34 × 12 = 100000.08 ≥ 100000 → pass; 8333.33 at the fen is below the income, as the pass says.
    expect(run('8333.34', { annual: '100000' })).toEqual(['pass', '≥8333.33 yuan']);
  });

  it('on arbitrary incomes and annual wages near income × 12, and monthly wages', () => {
    fc.assert(
      fc.property(money, fc.integer({ min: -300, max: 300 }), (income, delta) => {
        // An annual wage within ±3 yuan of income × 12, in fen: where the rounding of annual ÷ 12 decides what is shown.
        const fen = BigInt(Math.round(Number(income) * 100)) * 12n + BigInt(delta);
        const annual = fen < 0n ? '0' : dec(fen.toString()).div(100).toFixed();
        expect(run(income, { annual })).toEqual(viaDecimal(income, { annual }));
      }),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(money, money, (income, monthly) => {
        expect(run(income, { monthly })).toEqual(viaDecimal(income, { monthly }));
      }),
      { numRuns: 500 },
    );
  });
});
