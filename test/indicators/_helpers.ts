import { parseSnapshot, type SnapshotInput, type Unit, type UnitInput } from '../../src/snapshot';

/** Fields of a test unit, without its code (the helpers number the codes). */
export type Fields = Omit<UnitInput, 'code' | 'townshipCode'>;

/** A synthetic unit code in 章凤镇 (533124101), numbered from 300 so it never collides with a real unit. */
export function code(i: number, township = '533124101'): string {
  return `${township}${String(300 + i).padStart(3, '0')}`;
}

/** Parse unit inputs the way a caller's data would be parsed (areas canonicalised, codes checked). */
export function parseUnits(inputs: readonly UnitInput[], extra: Partial<SnapshotInput> = {}): Unit[] {
  return parseSnapshot({ asOf: '2024-12-31', ...extra, units: [...inputs] }).units;
}

/** `n` unit inputs with the given fields, numbered from `start`. */
export function many(n: number, fields: Fields, start = 0, township = '533124101'): UnitInput[] {
  return Array.from({ length: n }, (_, i) => ({ code: code(start + i, township), townshipCode: township, ...fields }));
}

/** `withFacility` of `n` administrative villages (村民委员会) have a facility. */
export function villages(withFacility: number, n: number): UnitInput[] {
  return [
    ...many(withFacility, { committeeType: 'village_committee', hasServiceFacility: true }),
    ...many(n - withFacility, { committeeType: 'village_committee', hasServiceFacility: false }, withFacility),
  ];
}

/** `yes` of `n` urban communities (社区居民委员会) have the given flag set. */
export function communities(yes: number, n: number, flag: 'hasServiceFacility' | 'hasSelfServiceTerminal'): UnitInput[] {
  return [
    ...many(yes, { committeeType: 'resident_committee', [flag]: true }),
    ...many(n - yes, { committeeType: 'resident_committee', [flag]: false }, yes),
  ];
}
