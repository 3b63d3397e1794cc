/**
 * Reading a unit's yes/no and count fields by a small integer instead of by name: one `switch` with a constant
 * property name per case, so that the counting loop of the summary reads `unit.gridMembers` where a generic
 * `unit[field]` (the same site for many names) would be a slower keyed lookup.
 *
 * @internal
 * @module
 */
import type { Unit } from '../../snapshot/unitSchema';

/**
 * The unit fields readable by id, in id order.
 *
 * @internal
 * @clause T10
 * @example
 * ```ts
 * UNIT_FIELDS.indexOf('gridMembers') >= 0
 * //=> true
 * ```
 */
export const UNIT_FIELDS = Object.freeze([
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
] as const satisfies readonly (keyof Unit)[]);

/**
 * The id of a field, or -1 when it is not readable by id.
 *
 * @internal
 * @clause T10
 * @example
 * ```ts
 * [fieldId('hasServiceFacility'), fieldId('code')]
 * //=> [0, -1]
 * ```
 */
export function fieldId(name: string): number {
  return (UNIT_FIELDS as readonly string[]).indexOf(name);
}

/**
 * The value of field `id` of a unit (`UNIT_FIELDS[id]`).
 *
 * @internal
 * @clause T10
 * @example
 * ```ts
 * readField({ code: '533124101201', townshipCode: '533124101', gridMembers: 3 }, fieldId('gridMembers'))
 * //=> 3
 * ```
 */
export function readField(u: Unit, id: number): boolean | number | undefined {
  switch (id) {
    case 0:
      return u.hasServiceFacility;
    case 1:
      return u.newCommunity;
    case 2:
      return u.hasSelfServiceTerminal;
    case 3:
      return u.hasVolunteerStation;
    case 4:
      return u.hasOnlineService24h;
    case 5:
      return u.hasProxyGovernmentService;
    case 6:
      return u.hasPublicLegalServices;
    case 7:
      return u.hasDisabledPersonsAssociation;
    case 8:
      return u.inFitnessCircle;
    case 9:
      return u.hasDayCareCoverage;
    case 10:
      return u.heavyEthnicReligiousWork;
    case 11:
      return u.villagePlanCompleted;
    case 12:
      return u.households;
    case 13:
      return u.residentPopulation;
    case 14:
      return u.communityWorkers;
    case 15:
      return u.communityPoliceOfficers;
    case 16:
      return u.auxiliaryPoliceOfficers;
    case 17:
      return u.legalAdvisers;
    case 18:
      return u.professionalSocialWorkers;
    case 19:
      return u.gridMembers;
    case 20:
      return u.ethnicReligiousOfficers;
    case 21:
      return u.workersWithPensionInsurance;
    case 22:
      return u.workersWithMedicalInsurance;
    case 23:
      return u.workersWithHousingFund;
    case 24:
      return u.communityWorkersTrained;
  }
  return undefined;
}
