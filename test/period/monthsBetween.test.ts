import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { monthsBetween } from '../../src/period';

function caught(fn: () => unknown): PlanInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PlanInputError);
    return e as PlanInputError;
  }
  throw new Error('expected a PlanInputError');
}

describe('monthsBetween: calendar months covered, both ends included', () => {
  it('same day → one month', () => {
    expect(monthsBetween('2025-03-15', '2025-03-15')).toEqual(['2025-03']);
  });
  it('first to last day of a month → one month', () => {
    expect(monthsBetween('2024-02-01', '2024-02-29')).toEqual(['2024-02']);
  });
  it('last day of one month to first of the next → two months', () => {
    expect(monthsBetween('2025-01-31', '2025-02-01')).toEqual(['2025-01', '2025-02']);
  });
  it('across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
  it('the whole plan period → 60 months, 2021-01 … 2025-12', () => {
    const months = monthsBetween('2021-01-01', '2025-12-31');
    expect(months).toHaveLength(60);
    expect(months[0]).toBe('2021-01');
    expect(months[11]).toBe('2021-12');
    expect(months[12]).toBe('2022-01');
    expect(months[59]).toBe('2025-12');
  });
  it('rejects a reversed range with invalid_range at ["to"]', () => {
    const err = caught(() => monthsBetween('2025-02-01', '2025-01-31'));
    expect(err.code).toBe('invalid_range');
    expect(err.path).toEqual(['to']);
  });
  it('names the bad argument in the path', () => {
    expect(caught(() => monthsBetween('2025-02-30', '2025-03-01')).path).toEqual(['from']);
    expect(caught(() => monthsBetween('2025-02-01', '2025-3-01')).path).toEqual(['to']);
  });

  it('property: length is 12·Δyear + Δmonth + 1, consecutive, sorted, unique', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2100, 11, 31) / 86_400_000;
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 0, max: 800 }), (a, span) => {
        const from = iso(a);
        const to = iso(Math.min(a + span, last));
        const months = monthsBetween(from, to);
        const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
        const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
        expect(months).toHaveLength((ty - fy) * 12 + (tm - fm) + 1);
        expect(months[0]).toBe(from.slice(0, 7));
        expect(months.at(-1)).toBe(to.slice(0, 7));
        for (let i = 1; i < months.length; i++) expect(months[i - 1]! < months[i]!).toBe(true);
        for (const m of months) expect(m).toMatch(/^[0-9]{4}-(0[1-9]|1[0-2])$/);
      }),
    );
  });
});
