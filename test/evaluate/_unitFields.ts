/**
 * Unit fields for property tests of the stream (stream.test.ts, streamCore.test.ts): every field optional; parts never
 * exceed their wholes, so every unit with a valid code is valid (as in summary.test.ts).
 */
import fc from 'fast-check';

const count = fc.integer({ min: 0, max: 40 });
const flag = fc.boolean();

export const unitFields = fc.record(
  {
    committeeType: fc.constantFrom('village_committee' as const, 'resident_committee' as const),
    households: count,
    residentPopulation: count,
    hasServiceFacility: flag,
    facilityBuildingArea: fc.integer({ min: 0, max: 5000 }),
    communityWorkers: fc.constant(10),
    communityWorkersTrained: fc.integer({ min: 0, max: 10 }),
    hasDayCareCoverage: flag,
    hasVolunteerStation: flag,
    gridMembers: fc.integer({ min: 0, max: 3 }),
    villagePlanCompleted: flag,
    hasSelfServiceTerminal: flag,
  },
  { requiredKeys: [] },
);
