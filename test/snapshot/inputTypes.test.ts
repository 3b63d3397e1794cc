/**
 * The input types are the shapes a caller writes (issue: the API a developer expects): a misspelt field or a value of
 * the wrong type is a compile error where a snapshot literal is typed `SnapshotInput` (`tsc --noEmit` checks this
 * file: each `@ts-expect-error` fails the type check if the error it expects goes away).
 */
import { expect, it } from 'vitest';
import { computeIndicator } from '../../src/indicators';
import type { SnapshotInput, UnitInput } from '../../src/snapshot';
import { evaluate } from '../../src/evaluate';

it('a typed snapshot literal: fields autocomplete, areas as numbers or decimal strings', () => {
  const snapshot: SnapshotInput = {
    asOf: '2025-12-31',
    units: [{ code: '533124101201', townshipCode: '533124101', households: 300, facilityBuildingArea: 90, hasServiceFacility: true }],
  };
  expect(evaluate(snapshot, { scope: 'units' }).headline[3]?.value).toBe('30');
});

it('misspelt fields and wrong types do not compile', () => {
  const units: UnitInput[] = [
    // @ts-expect-error misspelt: housholds
    { code: '533124101201', townshipCode: '533124101', housholds: 300 },
    // @ts-expect-error a count is a number, not a string
    { code: '533124101202', townshipCode: '533124101', households: '300' },
    // @ts-expect-error a yes/no fact is a boolean
    { code: '533124101203', townshipCode: '533124101', hasServiceFacility: 'yes' },
  ];
  // At run time the same mistakes are refused with the path, as ever.
  expect(() => computeIndicator('rural_facility_coverage', units, { asOf: '2025-12-31' })).toThrow();
});
