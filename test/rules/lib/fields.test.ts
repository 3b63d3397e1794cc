/**
 * Direct tests of src/rules/_lib/fields.ts: the unit fields readable by id, `fieldId` and `readField`.
 * The field list and its order are written out by hand from the module's documented list (yes/no facts first, then
 * counts); every id is read on a unit where only that field is set, so a case that read another field, or fell
 * through to the next case, gives a different value. Every result is computed inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { fieldId, readField, UNIT_FIELDS } from '../../../src/rules/_lib/fields';
import type { Unit } from '../../../src/snapshot/unitSchema';

/** The fields in id order, by hand: 12 yes/no facts (ids 0–11), then 13 counts (ids 12–24). */
const ORDER = [
  'hasServiceFacility',
  'newCommunity',
  'hasSelfServiceTerminal',
  'hasVolunteerStation',
  'hasOnlineService24h',
  'hasProxyGovernmentService',
  'hasPublicLegalServices',
  'hasDisabledPersonsAssociation',
  'inFitnessCircle',
  'hasDayCareCoverage',
  'heavyEthnicReligiousWork',
  'villagePlanCompleted',
  'households',
  'residentPopulation',
  'communityWorkers',
  'communityPoliceOfficers',
  'auxiliaryPoliceOfficers',
  'legalAdvisers',
  'professionalSocialWorkers',
  'gridMembers',
  'ethnicReligiousOfficers',
  'workersWithPensionInsurance',
  'workersWithMedicalInsurance',
  'workersWithHousingFund',
  'communityWorkersTrained',
];

const BASE = { code: '533124101201', townshipCode: '533124101' };

/** A unit with only field `name` set: `true` for a yes/no fact (ids < 12), else the count 100 + id. */
function only(name: string): Unit {
  const id = ORDER.indexOf(name);
  return { ...BASE, [name]: id < 12 ? true : 100 + id } as Unit;
}

describe('UNIT_FIELDS', () => {
  it('lists the 25 fields in id order', () => {
    expect([...UNIT_FIELDS]).toEqual(ORDER);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(UNIT_FIELDS)).toBe(true);
  });
});

describe('fieldId', () => {
  it('gives the first and last ids, 0 and 24', () => {
    expect([fieldId('hasServiceFacility'), fieldId('communityWorkersTrained')]).toEqual([0, 24]);
  });

  it('gives gridMembers id 19 and households id 12 (the first count)', () => {
    expect([fieldId('gridMembers'), fieldId('households')]).toEqual([19, 12]);
  });

  it('gives -1 for fields not readable by id (code, openingSchedule, cadrePay) and for an unknown name', () => {
    expect([fieldId('code'), fieldId('openingSchedule'), fieldId('cadrePay'), fieldId('nope'), fieldId('')]).toEqual([-1, -1, -1, -1, -1]);
  });

  it('gives each listed field its position', () => {
    const ids = ORDER.map((name) => fieldId(name));
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });
});

describe('readField', () => {
  for (const [id, name] of ORDER.entries()) {
    it(`reads ${name} as id ${id}, and no other id reads it`, () => {
      const u = only(name);
      const want = id < 12 ? true : 100 + id;
      // Every id 0–24 on this unit: only `id` finds the value, the other 24 read fields the unit leaves out.
      const got = ORDER.map((_n, j) => readField(u, j));
      expect(got).toEqual(ORDER.map((_n, j) => (j === id ? want : undefined)));
    });
  }

  it('reads false and 0 as values, not as missing', () => {
    const u = { ...BASE, hasServiceFacility: false, villagePlanCompleted: false, households: 0, communityWorkersTrained: 0 } as Unit;
    expect([readField(u, 0), readField(u, 11), readField(u, 12), readField(u, 24)]).toEqual([false, false, 0, 0]);
  });

  it('gives undefined for ids outside 0–24 (-1, 25, 1.5)', () => {
    const u = { ...BASE, hasServiceFacility: true, communityWorkersTrained: 7 } as Unit;
    expect([readField(u, -1), readField(u, 25), readField(u, 1.5)]).toEqual([undefined, undefined, undefined]);
  });
});
