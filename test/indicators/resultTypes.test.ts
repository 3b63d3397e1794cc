/**
 * Results that narrow (issue: the API a developer expects): after checking `status`, the fields it guarantees are
 * not `null` in the type. `tsc --noEmit` checks this file: each `@ts-expect-error` fails the type check if the error it
 * expects goes away, so the narrowing is tested both ways.
 */
import { expect, it } from 'vitest';
import { computeIndicator, type IndicatorResult } from '../../src/indicators';

const village = (hasServiceFacility?: boolean) => ({ code: '533124101201', townshipCode: '533124101', ...(hasServiceFacility === undefined ? {} : { hasServiceFacility }) });

it("[P1.1] status 'ok' narrows value, numerator, denominator, meetsTarget and gap to non-null", () => {
  const r: IndicatorResult = computeIndicator('rural_facility_coverage', [village(true)], { asOf: '2025-12-31' });
  // @ts-expect-error before narrowing the value may be null
  const unchecked: string = r.value;
  expect(unchecked).toBe('100');
  if (r.status !== 'ok') throw new Error('expected ok');
  const value: string = r.value;
  const met: boolean = r.meetsTarget;
  const gap: string = r.gap;
  expect([value, r.numerator, r.denominator, met, gap]).toEqual(['100', '1', '1', true, '0']);
});

it("[P1.1] 'not_applicable' keeps the numerator and the zero denominator; 'missing_data' has neither", () => {
  const na = computeIndicator('rural_facility_coverage', [], { asOf: '2025-12-31' });
  if (na.status !== 'not_applicable') throw new Error('expected not_applicable');
  const denominator: string = na.denominator;
  expect([na.value, na.numerator, denominator]).toEqual([null, '0', '0']);
  const missing = computeIndicator('rural_facility_coverage', [village()], { asOf: '2025-12-31' });
  if (missing.status !== 'missing_data') throw new Error('expected missing_data');
  const none: null = missing.numerator;
  expect([missing.value, none, missing.missing]).toEqual([null, null, [{ unit: '533124101201', field: 'hasServiceFacility' }]]);
});
