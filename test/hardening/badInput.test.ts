// The bad-input catalogue (issue 7): each row spoils one place of a valid snapshot and states the exact issue expected,
// code, path and both messages. For each: evaluate() does not throw (only an unreadable outer shape throws the
// documented SnapshotError), the bad unit is in input.rejected or the bad record in input.issues, and every other
// unit, figure and record is still evaluated: the evaluation equals that of the same snapshot with the bad part left
// out. Inputs are deep-frozen first (never mutated), and no key such as __proto__ reaches a prototype.
import { afterAll, describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/deepFreeze';
import { evaluate } from '../../src/evaluate/evaluate';
import { safeParseSnapshot } from '../../src/snapshot/safeParseSnapshot';
import { SnapshotError } from '../../src/snapshot/SnapshotError';
import type { PlanIssue } from '../../src/snapshot/PlanIssue';
import { BAD, BAD_TOWNSHIP, RURAL, RURAL2, URBAN, base, edit, results, withUnit, withUnitValue } from './_base';

type Issue = PlanIssue;
const U = (field?: string | number, ...rest: (string | number)[]) => (field === undefined ? ['units', 3] : ['units', 3, field, ...rest]);
const REJECTED = [{ index: 3, code: BAD }];

// ---- message builders, written from the schema's documented wording (one place to read them) ----
const count = (path: (string | number)[], v: unknown): Issue => ({
  code: 'expected_count',
  path,
  messageZh: `应为非负整数，实际为${v}`,
  messageEn: `expected a non-negative whole number, got ${v}`,
});
const invalidDecimal = (path: (string | number)[], shown: string): Issue => ({
  code: 'invalid_decimal',
  path,
  messageZh: `应为非负十进制数（如 "320.5"，不含逗号、空格、全角数字或指数），实际为${shown}`,
  messageEn: `expected a non-negative decimal such as "320.5" (no commas, spaces, full-width digits or exponent), got ${shown}`,
});
const unitCode = (path: (string | number)[], shown: string): Issue => ({
  code: 'invalid_code',
  path,
  messageZh: `应为12位数字的村级统计用区划代码，实际为${shown}`,
  messageEn: `expected a 12-digit village-level division code, got ${shown}`,
});
const date = (path: (string | number)[], shown: string): Issue => ({
  code: 'invalid_date',
  path,
  messageZh: `应为真实存在的日期 YYYY-MM-DD，实际为${shown}`,
  messageEn: `expected a real calendar date YYYY-MM-DD, got ${shown}`,
});
const unknown = (path: (string | number)[], keys: string[]): Issue => ({
  code: 'unknown_field',
  path,
  messageZh: `未知字段：${keys.join('、')}（字段名是否拼错？）`,
  messageEn: `unknown field(s): ${keys.join(', ')} (misspelt?)`,
});
const intervalFormat = (path: (string | number)[], shown: string, hint?: string): Issue => ({
  code: 'invalid_time_format',
  path,
  messageZh: `开放时段应为 "HH:MM-HH:MM"（小时和分钟均为两位半角数字，中间用半角连字符，无空格，如 "08:30-12:00"），实际为${shown}${hint ? `；是否应为 "${hint}"？` : ''}`,
  messageEn: `an opening interval must be "HH:MM-HH:MM" (two-digit ASCII hours and minutes, one ASCII hyphen, no spaces, e.g. "08:30-12:00"), got ${shown}${hint ? `; did you mean "${hint}"?` : ''}`,
});
const schedule = (mon: unknown[]) => ({ openingSchedule: { mon, tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } });

/** A row: what to feed, the exact issues, the rejected units, and the snapshot it must evaluate like. */
interface Row {
  readonly input: () => unknown;
  readonly issues: readonly Issue[];
  readonly rejected?: readonly { index: number; code?: string }[];
  /** The same snapshot without the bad part; default: the valid base. */
  readonly clean?: () => unknown;
  /** Issues raised by evaluate beyond the parser's (action records). */
  readonly evaluateOnly?: boolean;
  /** Too large to deep-freeze cheaply. */
  readonly big?: boolean;
  /** Too deep for the test's own JSON.stringify (the input is still deep-frozen). */
  readonly deep?: boolean;
}

const unitRow = (fields: Record<string, unknown>, issues: Issue[]): Row => ({ input: () => withUnit(fields), issues, rejected: REJECTED });

// Deeply nested values: 10,000 levels, built without recursion.
const DEPTH = 10_000;
function nestedObject(depth: number): unknown {
  let v: unknown = true;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}
const nestedArrayJson = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;

const ROWS: Record<string, Row> = {
  // ---------------------------------------------------------------- wrong types
  'count as a string "12"': unitRow({ households: '12' }, [count(U('households'), '"12"')]),
  'count as true': unitRow({ households: true }, [count(U('households'), 'true')]),
  'count as null': unitRow({ households: null }, [count(U('households'), 'null')]),
  'count as an array [5]': unitRow({ households: [5] }, [count(U('households'), 'array')]),
  'count as an object': unitRow({ households: { value: 5 } }, [count(U('households'), 'object')]),
  'flag as "yes"': unitRow({ hasServiceFacility: 'yes' }, [
    { code: 'expected_boolean', path: U('hasServiceFacility'), messageZh: '应为 true 或 false，实际为"yes"', messageEn: 'expected true or false, got "yes"' },
  ]),
  'flag as 1': unitRow({ hasServiceFacility: 1 }, [
    { code: 'expected_boolean', path: U('hasServiceFacility'), messageZh: '应为 true 或 false，实际为1', messageEn: 'expected true or false, got 1' },
  ]),
  'committee type not in the list': unitRow({ committeeType: 'community' }, [
    {
      code: 'invalid_value',
      path: U('committeeType'),
      messageZh: '应为以下之一：village_committee、resident_committee，实际为"community"',
      messageEn: 'expected one of village_committee, resident_committee, got "community"',
    },
  ]),
  'urban-rural code as a number': unitRow({ urbanRuralCode: 220 }, [
    { code: 'invalid_type', path: U('urbanRuralCode'), messageZh: '应为文本，实际为220', messageEn: 'expected string, got 220' },
  ]),
  'name as a number': unitRow({ name: 42 }, [{ code: 'expected_text', path: U('name'), messageZh: '应为文本，实际为42', messageEn: 'expected text, got 42' }]),
  'unit code as a number': {
    input: () => withUnit({ code: 533124202201 }),
    issues: [unitCode(U('code'), '533124202201')],
    rejected: [{ index: 3 }],
  },
  'unit as a string': {
    input: () => withUnitValue(BAD),
    issues: [{ code: 'invalid_type', path: U(), messageZh: `应为对象，实际为"${BAD}"`, messageEn: `expected object, got "${BAD}"` }],
    rejected: [{ index: 3 }],
  },
  'unit as null': {
    input: () => withUnitValue(null),
    issues: [{ code: 'invalid_type', path: U(), messageZh: '应为对象，实际为null', messageEn: 'expected object, got null' }],
    rejected: [{ index: 3 }],
  },
  'unit as an array': {
    input: () => withUnitValue([BAD, BAD_TOWNSHIP]),
    issues: [{ code: 'invalid_type', path: U(), messageZh: '应为对象，实际为array', messageEn: 'expected object, got array' }],
    rejected: [{ index: 3 }],
  },
  'unit as an empty object': {
    input: () => withUnitValue({}),
    issues: [
      unitCode(U('code'), 'undefined'),
      {
        code: 'invalid_code',
        path: U('townshipCode'),
        messageZh: '应为9位数字的乡级统计用区划代码，实际为undefined',
        messageEn: 'expected a 9-digit township-level division code, got undefined',
      },
    ],
    rejected: [{ index: 3 }],
  },
  'opening day as a string': unitRow({ openingSchedule: { mon: '08:00-12:00', tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } }, [
    { code: 'invalid_type', path: U('openingSchedule', 'mon'), messageZh: '应为数组，实际为"08:00-12:00"', messageEn: 'expected array, got "08:00-12:00"' },
  ]),

  // ---------------------------------------------------------------- bad numbers
  'negative count -5': unitRow({ households: -5 }, [
    { code: 'negative', path: U('households'), messageZh: '不能为负数，实际为-5', messageEn: 'must not be negative, got -5' },
  ]),
  'count -0': unitRow({ households: -0 }, [{ code: 'negative', path: U('households'), messageZh: '不能为负数，实际为-0', messageEn: 'must not be negative, got -0' }]),
  'fractional count 12.5': unitRow({ households: 12.5 }, [
    { code: 'not_integer', path: U('households'), messageZh: '应为整数，实际为12.5', messageEn: 'expected a whole number, got 12.5' },
  ]),
  'count 2,000,000,001 (above any real population)': unitRow({ residentPopulation: 2_000_000_001 }, [
    {
      code: 'too_large',
      path: U('residentPopulation'),
      messageZh: '数值过大（上限2000000000），实际为2000000001',
      messageEn: 'too large (at most 2000000000), got 2000000001',
    },
  ]),
  'count 1e300': unitRow({ households: 1e300 }, [
    { code: 'too_large', path: U('households'), messageZh: '数值过大（上限2000000000），实际为1e+300', messageEn: 'too large (at most 2000000000), got 1e+300' },
  ]),
  'count beyond 2^53': unitRow({ communityWorkers: 2 ** 53 + 2 }, [
    {
      code: 'too_large',
      path: U('communityWorkers'),
      messageZh: '数值过大（上限2000000000），实际为9007199254740994',
      messageEn: 'too large (at most 2000000000), got 9007199254740994',
    },
  ]),
  'count NaN': unitRow({ households: Number.NaN }, [
    { code: 'not_finite', path: U('households'), messageZh: '应为有限的非负整数，实际为NaN', messageEn: 'expected a finite non-negative whole number, got NaN' },
  ]),
  'count Infinity': unitRow({ households: Number.POSITIVE_INFINITY }, [
    { code: 'not_finite', path: U('households'), messageZh: '应为有限的非负整数，实际为Infinity', messageEn: 'expected a finite non-negative whole number, got Infinity' },
  ]),
  'count -Infinity': unitRow({ households: Number.NEGATIVE_INFINITY }, [
    { code: 'not_finite', path: U('households'), messageZh: '应为有限的非负整数，实际为-Infinity', messageEn: 'expected a finite non-negative whole number, got -Infinity' },
  ]),
  'count with a thousands comma "1,200"': unitRow({ households: '1,200' }, [count(U('households'), '"1,200"')]),
  'count in full-width digits "１２００"': unitRow({ households: '１２００' }, [count(U('households'), '"１２００"')]),
  'area with a thousands comma "1,200"': unitRow({ facilityBuildingArea: '1,200' }, [invalidDecimal(U('facilityBuildingArea'), '"1,200"')]),
  'area in full-width digits "１２０"': unitRow({ facilityBuildingArea: '１２０' }, [invalidDecimal(U('facilityBuildingArea'), '"１２０"')]),
  'area in exponent form "1.2e3"': unitRow({ facilityBuildingArea: '1.2e3' }, [invalidDecimal(U('facilityBuildingArea'), '"1.2e3"')]),
  'area with a leading space': unitRow({ facilityBuildingArea: ' 120' }, [invalidDecimal(U('facilityBuildingArea'), '" 120"')]),
  'area as a negative string "-120"': unitRow({ facilityBuildingArea: '-120' }, [invalidDecimal(U('facilityBuildingArea'), '"-120"')]),
  'area 1e-7 (a number that prints in exponent form)': unitRow({ facilityBuildingArea: 1e-7 }, [invalidDecimal(U('facilityBuildingArea'), '1e-7')]),
  'area negative number -120': unitRow({ facilityBuildingArea: -120 }, [
    { code: 'negative', path: U('facilityBuildingArea'), messageZh: '不能为负数，实际为-120', messageEn: 'must not be negative, got -120' },
  ]),
  'area -0': unitRow({ facilityBuildingArea: -0 }, [
    { code: 'negative', path: U('facilityBuildingArea'), messageZh: '不能为负数，实际为-0', messageEn: 'must not be negative, got -0' },
  ]),
  'area with 3 decimals "120.125"': unitRow({ facilityBuildingArea: '120.125' }, [
    { code: 'too_many_decimals', path: U('facilityBuildingArea'), messageZh: '最多2位小数，实际为120.125', messageEn: 'at most 2 decimal places, got 120.125' },
  ]),
  'area 0.1 + 0.2 (binary floating point)': unitRow({ facilityBuildingArea: 0.1 + 0.2 }, [
    {
      code: 'too_many_decimals',
      path: U('facilityBuildingArea'),
      messageZh: '最多2位小数，实际为0.30000000000000004',
      messageEn: 'at most 2 decimal places, got 0.30000000000000004',
    },
  ]),
  'area above 10 km²': unitRow({ facilityBuildingArea: '10000000.01' }, [
    {
      code: 'too_large',
      path: U('facilityBuildingArea'),
      messageZh: '数值过大（上限10000000平方米），实际为10000000.01',
      messageEn: 'too large (at most 10000000 m²), got 10000000.01',
    },
  ]),
  'area Infinity': unitRow({ facilityBuildingArea: Number.POSITIVE_INFINITY }, [
    { code: 'not_finite', path: U('facilityBuildingArea'), messageZh: '应为有限数值（平方米），实际为Infinity', messageEn: 'expected a finite amount in m², got Infinity' },
  ]),
  'area NaN': unitRow({ facilityActivityArea: Number.NaN }, [
    { code: 'not_finite', path: U('facilityActivityArea'), messageZh: '应为有限数值（平方米），实际为NaN', messageEn: 'expected a finite amount in m², got NaN' },
  ]),
  'area as true': unitRow({ communityBuildingArea: true }, [
    {
      code: 'expected_decimal',
      path: U('communityBuildingArea'),
      messageZh: '应为数值或十进制字符串（平方米），实际为true',
      messageEn: 'expected a number or a decimal string in m², got true',
    },
  ]),

  // ---------------------------------------------------------------- a part above its whole
  'activity area above the facility building area': unitRow({ hasServiceFacility: true, facilityBuildingArea: 400, facilityActivityArea: '400.01' }, [
    {
      code: 'exceeds_total',
      path: U('facilityActivityArea'),
      messageZh: '居民活动区域面积（facilityActivityArea）400.01平方米超过社区综合服务设施总建筑面积（facilityBuildingArea）400平方米',
      messageEn: 'facilityActivityArea (400.01 m²) exceeds facilityBuildingArea (400 m²)',
    },
  ]),
  'commercial area above the community building area': unitRow({ communityBuildingArea: '5000', commercialServiceArea: '5000.5' }, [
    {
      code: 'exceeds_total',
      path: U('commercialServiceArea'),
      messageZh: '社区商业和综合服务设施面积（commercialServiceArea）5000.5平方米超过社区总建筑面积（communityBuildingArea）5000平方米',
      messageEn: 'commercialServiceArea (5000.5 m²) exceeds communityBuildingArea (5000 m²)',
    },
  ]),
  'more workers trained than workers': unitRow({ communityWorkers: 6, communityWorkersTrained: 7 }, [
    {
      code: 'exceeds_total',
      path: U('communityWorkersTrained'),
      messageZh: '已轮训的社区工作者（communityWorkersTrained）7超过社区工作者（communityWorkers）6',
      messageEn: 'communityWorkersTrained (7) exceeds communityWorkers (6)',
    },
  ]),
  'more workers insured than workers (pension and housing fund)': unitRow({ communityWorkers: 0, workersWithPensionInsurance: 1, workersWithHousingFund: 2 }, [
    {
      code: 'exceeds_total',
      path: U('workersWithPensionInsurance'),
      messageZh: '参加基本养老保险的社区工作者（workersWithPensionInsurance）1超过社区工作者（communityWorkers）0',
      messageEn: 'workersWithPensionInsurance (1) exceeds communityWorkers (0)',
    },
    {
      code: 'exceeds_total',
      path: U('workersWithHousingFund'),
      messageZh: '缴存住房公积金的社区工作者（workersWithHousingFund）2超过社区工作者（communityWorkers）0',
      messageEn: 'workersWithHousingFund (2) exceeds communityWorkers (0)',
    },
  ]),
  'county: patients in rehabilitation above home-dwelling patients': {
    input: () => edit((s) => (s.county.homeMentalPatientsInRehab = 401)),
    issues: [
      {
        code: 'exceeds_total',
        path: ['county', 'homeMentalPatientsInRehab'],
        messageZh: '接受社区康复服务的居家精神障碍患者（homeMentalPatientsInRehab）401超过居家精神障碍患者（homeMentalPatients）400',
        messageEn: 'homeMentalPatientsInRehab (401) exceeds homeMentalPatients (400)',
      },
    ],
    clean: () => edit((s) => delete s.county.homeMentalPatientsInRehab),
  },
  'county: serving Party members reported above serving Party members': {
    input: () => edit((s) => (s.county.servingPartyMembersReported = 3001)),
    issues: [
      {
        code: 'exceeds_total',
        path: ['county', 'servingPartyMembersReported'],
        messageZh: '已到社区报到的在职党员（servingPartyMembersReported）3001超过在职党员（servingPartyMembers）3000',
        messageEn: 'servingPartyMembersReported (3001) exceeds servingPartyMembers (3000)',
      },
    ],
    clean: () => edit((s) => delete s.county.servingPartyMembersReported),
  },
  'county: institution Party organisations reported above their number': {
    input: () => edit((s) => (s.county.institutionPartyOrganisationsReported = 121)),
    issues: [
      {
        code: 'exceeds_total',
        path: ['county', 'institutionPartyOrganisationsReported'],
        messageZh: '已到社区报到的机关和企事业单位党组织（institutionPartyOrganisationsReported）121超过机关和企事业单位党组织（institutionPartyOrganisations）120',
        messageEn: 'institutionPartyOrganisationsReported (121) exceeds institutionPartyOrganisations (120)',
      },
    ],
    clean: () => edit((s) => delete s.county.institutionPartyOrganisationsReported),
  },
  'county: urban residents above residents': {
    input: () => edit((s) => (s.county.urbanResidentPopulation = 190001)),
    issues: [
      {
        code: 'exceeds_total',
        path: ['county', 'urbanResidentPopulation'],
        messageZh: '城镇常住人口（urbanResidentPopulation）190001超过常住人口（residentPopulation）190000',
        messageEn: 'urbanResidentPopulation (190001) exceeds residentPopulation (190000)',
      },
    ],
    clean: () => edit((s) => delete s.county.urbanResidentPopulation),
  },
  'county: 一肩挑 above the secretaries in one year (the other year kept)': {
    input: () => edit((s) => (s.county.oneShoulder[1].concurrent = 78)),
    issues: [
      {
        code: 'exceeds_total',
        path: ['county', 'oneShoulder', 1, 'concurrent'],
        messageZh: '“一肩挑”人数 78 超过书记总数 77',
        messageEn: 'concurrent (78) exceeds secretaries (77)',
      },
    ],
    clean: () => edit((s) => s.county.oneShoulder.splice(1, 1)),
  },
  'county: a figure with a thousands comma (the other figures kept)': {
    input: () => edit((s) => (s.county.residentPopulation = '190,000')),
    issues: [count(['county', 'residentPopulation'], '"190,000"')],
    clean: () =>
      edit((s) => {
        delete s.county.residentPopulation;
      }),
  },
  'county as an array': {
    input: () => edit((s) => (s.county = [190000])),
    issues: [{ code: 'invalid_type', path: ['county'], messageZh: '应为对象，实际为array', messageEn: 'expected object, got array' }],
    clean: () => edit((s) => delete s.county),
  },
  'county: a misspelt figure': {
    input: () => edit((s) => (s.county.population = 190000)),
    issues: [unknown(['county'], ['population'])],
  },

  // ---------------------------------------------------------------- codes
  'unit code of 11 digits': { input: () => withUnit({ code: '53312420220' }), issues: [unitCode(U('code'), '"53312420220"')], rejected: [{ index: 3, code: '53312420220' }] },
  'unit code of 13 digits': {
    input: () => withUnit({ code: '5331242022010' }),
    issues: [unitCode(U('code'), '"5331242022010"')],
    rejected: [{ index: 3, code: '5331242022010' }],
  },
  'unit code with a letter': { input: () => withUnit({ code: '53312420220X' }), issues: [unitCode(U('code'), '"53312420220X"')], rejected: [{ index: 3, code: '53312420220X' }] },
  'unit code in full-width digits': {
    input: () => withUnit({ code: '５３３１２４２０２２０１' }),
    issues: [unitCode(U('code'), '"５３３１２４２０２２０１"')],
    rejected: [{ index: 3, code: '５３３１２４２０２２０１' }],
  },
  'unit code with a trailing newline (a control character)': {
    input: () => withUnit({ code: `${BAD}\n` }),
    issues: [unitCode(U('code'), '"533124202201\\n"')],
    rejected: [{ index: 3, code: `${BAD}\n` }],
  },
  'township code of 8 digits': unitRow({ townshipCode: '53312420' }, [
    {
      code: 'invalid_code',
      path: U('townshipCode'),
      messageZh: '应为9位数字的乡级统计用区划代码，实际为"53312420"',
      messageEn: 'expected a 9-digit township-level division code, got "53312420"',
    },
  ]),
  'unit outside the county (盈江县)': {
    input: () => withUnit({ code: '533123101201', townshipCode: '533123101' }),
    issues: [{ code: 'outside_region', path: U('code'), messageZh: '代码 533123101201 不在区域 533124 内', messageEn: 'code 533123101201 is outside region 533124' }],
    rejected: [{ index: 3, code: '533123101201' }],
  },
  'unit under a township Longchuan does not have': {
    input: () => withUnit({ code: '533124999201', townshipCode: '533124999' }),
    issues: [{ code: 'unknown_township', path: U('townshipCode'), messageZh: '陇川县没有乡级代码 533124999', messageEn: 'Longchuan County has no township-level code 533124999' }],
    rejected: [{ index: 3, code: '533124999201' }],
  },
  'unit under the wrong township': unitRow({ townshipCode: '533124201' }, [
    {
      code: 'township_mismatch',
      path: U('townshipCode'),
      messageZh: `所属乡镇代码 533124201 与村级代码 ${BAD} 的前9位不一致`,
      messageEn: `township code 533124201 does not match the first 9 digits of unit code ${BAD}`,
    },
  ]),
  'duplicate unit code (both copies rejected)': {
    input: () => edit((s) => s.units.push({ code: RURAL, townshipCode: '533124101', households: 301 })),
    issues: [
      {
        code: 'duplicate_unit',
        path: U('code'),
        messageZh: `村级代码 ${RURAL} 重复（第2条已出现），两条均不采用`,
        messageEn: `unit code ${RURAL} is listed twice (first at index 1); neither copy is used`,
      },
    ],
    rejected: [
      { index: 1, code: RURAL },
      { index: 3, code: RURAL },
    ],
    clean: () => edit((s) => s.units.splice(1, 1)),
  },
  'township record outside the county': {
    input: () => edit((s) => s.townships.push({ code: '533123101', hasMinorProtectionStation: true })),
    issues: [{ code: 'outside_region', path: ['townships', 1, 'code'], messageZh: '代码 533123101 不在区域 533124 内', messageEn: 'code 533123101 is outside region 533124' }],
  },
  'township record for a township Longchuan does not have': {
    input: () => edit((s) => s.townships.unshift({ code: '533124999', kind: 'town', hasSocialWorkStation: false })),
    issues: [{ code: 'unknown_township', path: ['townships', 0, 'code'], messageZh: '陇川县没有乡级代码 533124999', messageEn: 'Longchuan County has no township-level code 533124999' }],
  },
  'estate in a unit outside the county (the other estates kept)': {
    input: () => edit((s) => (s.records.newEstates[0].unitCode = '533123101201')),
    issues: [
      { code: 'outside_region', path: ['records', 'newEstates', 0, 'unitCode'], messageZh: '代码 533123101201 不在区域 533124 内', messageEn: 'code 533123101201 is outside region 533124' },
    ],
    clean: () => edit((s) => s.records.newEstates.splice(0, 1)),
  },
  // ---------------------------------------------------------------- dates
  'facility completed on 2025-02-30': unitRow({ facilityCompletedOn: '2025-02-30' }, [date(U('facilityCompletedOn'), '"2025-02-30"')]),
  'survey date 2023-02-29 (not a leap year)': unitRow({ lastSatisfactionSurveyOn: '2023-02-29' }, [date(U('lastSatisfactionSurveyOn'), '"2023-02-29"')]),
  'action started on 2025-13-01 (the other action kept)': {
    input: () => edit((s) => (s.actions[0].startedOn = '2025-13-01')),
    issues: [date(['actions', 0, 'startedOn'], '"2025-13-01"')],
    clean: () => edit((s) => s.actions.splice(0, 1)),
  },
  'action completed before it started': {
    input: () => edit((s) => (s.actions[1].completedOn = '2021-04-30')),
    issues: [
      {
        code: 'invalid_range',
        path: ['actions', 1, 'completedOn'],
        messageZh: '完成日期 2021-04-30 早于开始日期 2021-05-01',
        messageEn: 'completedOn 2021-04-30 is before startedOn 2021-05-01',
      },
    ],
    clean: () => edit((s) => s.actions.splice(1, 1)),
  },
  'action dated after the as-of date (kept, reported)': {
    input: () => edit((s) => (s.actions[0].startedOn = '2025-07-01')),
    issues: [
      { code: 'date_after_as_of', path: ['actions', 0, 'startedOn'], messageZh: '日期 2025-07-01 晚于填报数据截至日期 2025-06-30', messageEn: 'date 2025-07-01 is after the snapshot date 2025-06-30' },
    ],
    clean: () => edit((s) => (s.actions[0].startedOn = '2025-07-01')),
    evaluateOnly: true,
  },
  'visit on 2025-02-30 (the log is dropped: its rate needs every visit)': {
    input: () => edit((s) => s.records.elderlyVisits.visits.push({ id: 'v3', personId: 'p1', date: '2025-02-30' })),
    issues: [date(['records', 'elderlyVisits', 'visits', 2, 'date'], '"2025-02-30"')],
    clean: () => edit((s) => delete s.records.elderlyVisits),
  },

  // ---------------------------------------------------------------- opening hours
  'opening interval "25:00"': unitRow(schedule(['25:00']), [intervalFormat(U('openingSchedule', 'mon', 0), '"25:00"')]),
  'opening interval "08:00-25:00"': unitRow(schedule(['08:00-25:00']), [
    {
      code: 'invalid_time',
      path: U('openingSchedule', 'mon', 0),
      messageZh: '时间 25:00 不存在（小时应为00—23（结束时间可为24:00））："08:00-25:00"',
      messageEn: 'no such time 25:00 (hours run 00–23 (an end may be 24:00)): "08:00-25:00"',
    },
  ]),
  'opening interval "24:00-24:30"': unitRow(schedule(['24:00-24:30']), [
    {
      code: 'invalid_time',
      path: U('openingSchedule', 'mon', 0),
      messageZh: '时间 24:00 不存在（24:00 只能作为结束时间）："24:00-24:30"',
      messageEn: 'no such time 24:00 (24:00 may only end an interval): "24:00-24:30"',
    },
  ]),
  'opening interval "18:00-08:00" (overnight)': unitRow(schedule(['08:00-12:00', '18:00-08:00']), [
    {
      code: 'reversed_interval',
      path: U('openingSchedule', 'mon', 1),
      messageZh: '结束时间早于开始时间："18:00-08:00"；跨夜开放请拆为两天的两个时段（如 "18:00-24:00" 和次日 "00:00-08:00"）',
      messageEn: 'the interval ends before it starts: "18:00-08:00"; write an overnight opening as two intervals on two days ("18:00-24:00", then "00:00-08:00" the next day)',
    },
  ]),
  'opening interval "08:00-08:00" (empty)': unitRow(schedule(['08:00-08:00']), [
    { code: 'empty_interval', path: U('openingSchedule', 'mon', 0), messageZh: '开放时段长度为零："08:00-08:00"', messageEn: 'the interval is empty: "08:00-08:00"' },
  ]),
  'opening interval "8:30-12:00" (no leading zero)': unitRow(schedule(['8:30-12:00']), [
    intervalFormat(U('openingSchedule', 'mon', 0), '"8:30-12:00"', '08:30-12:00'),
  ]),
  'opening interval with a full-width colon': unitRow(schedule(['08：30-12:00']), [
    intervalFormat(U('openingSchedule', 'mon', 0), '"08：30-12:00"', '08:30-12:00'),
  ]),
  'opening schedule without Sunday': unitRow({ openingSchedule: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] } }, [
    {
      code: 'missing_day',
      path: U('openingSchedule', 'sun'),
      messageZh: '缺少 sun 的开放时段（休息日请写空数组 []）',
      messageEn: 'no intervals for sun (write an empty array [] for a closed day)',
    },
  ]),
  'opening day with 49 intervals': unitRow(schedule(Array.from({ length: 49 }, () => '08:00-09:00')), [
    { code: 'too_large', path: U('openingSchedule', 'mon'), messageZh: '条目过多（最多48条），实际49条', messageEn: 'too many items (at most 48), got 49' },
  ]),

  // ---------------------------------------------------------------- records
  'duplicate estate ID (the first kept)': {
    input: () => edit((s) => s.records.newEstates.push({ id: 'E1', households: 50 })),
    issues: [{ code: 'duplicate_id', path: ['records', 'newEstates', 2, 'id'], messageZh: 'id E1 重复（第1条已出现）', messageEn: 'id E1 is listed twice (first at index 0)' }],
  },
  'estate with a negative household count (the other estate kept)': {
    input: () => edit((s) => (s.records.newEstates[1].households = -100)),
    issues: [{ code: 'negative', path: ['records', 'newEstates', 1, 'households'], messageZh: '不能为负数，实际为-100', messageEn: 'must not be negative, got -100' }],
    clean: () => edit((s) => s.records.newEstates.splice(1, 1)),
  },
  'duplicate person on the roster (the log is dropped)': {
    input: () => edit((s) => s.records.elderlyVisits.roster.push({ personId: 'p1' })),
    issues: [
      {
        code: 'duplicate_id',
        path: ['records', 'elderlyVisits', 'roster', 2, 'personId'],
        messageZh: 'personId p1 重复（第1条已出现）',
        messageEn: 'personId p1 is listed twice (first at index 0)',
      },
    ],
    clean: () => edit((s) => delete s.records.elderlyVisits),
  },
  'person ID with a line feed': {
    input: () => edit((s) => (s.records.elderlyVisits.roster[1].personId = 'p\n2')),
    issues: [
      {
        code: 'invalid_id',
        path: ['records', 'elderlyVisits', 'roster', 1, 'personId'],
        messageZh: '编号应为1—64个字母、数字或 ._:/- 字符（不含空格），实际为"p\\n2"',
        messageEn: 'expected an ID of 1–64 letters, digits or ._:/- characters (no spaces), got "p\\n2"',
      },
    ],
    clean: () => edit((s) => delete s.records.elderlyVisits),
  },
  'township records as an object': {
    input: () => edit((s) => (s.townships = { code: '533124101' })),
    issues: [{ code: 'invalid_type', path: ['townships'], messageZh: '应为数组，实际为object', messageEn: 'expected array, got object' }],
    clean: () => edit((s) => delete s.townships),
  },
  'a misspelt record list': {
    input: () => edit((s) => (s.records.estates = [])),
    issues: [unknown(['records'], ['estates'])],
  },
  'action evidence of 51 items': {
    input: () => edit((s) => (s.actions[0].evidence = Array.from({ length: 51 }, (_, i) => `doc ${i}`))),
    issues: [{ code: 'too_large', path: ['actions', 0, 'evidence'], messageZh: '条目过多（最多50条），实际51条', messageEn: 'too many items (at most 50), got 51' }],
    clean: () => edit((s) => s.actions.splice(0, 1)),
  },
  'unknown action ID (kept, reported)': {
    input: () => edit((s) => s.actions.push({ actionId: 'no-such-action', status: 'not_started' })),
    issues: [{ code: 'unknown_action', path: ['actions', 2, 'actionId'], messageZh: '未知的任务编号 no-such-action（见 ACTIONS）', messageEn: 'unknown action ID no-such-action (see ACTIONS)' }],
    clean: () => edit((s) => s.actions.push({ actionId: 'no-such-action', status: 'not_started' })),
    evaluateOnly: true,
  },

  // ---------------------------------------------------------------- keys that name prototypes
  'unit key "__proto__" (JSON.parse)': {
    input: () => withUnit(JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>),
    issues: [unknown(U(), ['__proto__'])],
    rejected: REJECTED,
  },
  'unit key "constructor"': {
    input: () => withUnit(JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as Record<string, unknown>),
    issues: [unknown(U(), ['constructor'])],
    rejected: REJECTED,
  },
  'unit key "prototype"': {
    input: () => withUnit(JSON.parse('{"prototype": {"polluted": true}}') as Record<string, unknown>),
    issues: [unknown(U(), ['prototype'])],
    rejected: REJECTED,
  },
  'top-level key "__proto__" (reported, not fatal)': {
    input: () => ({ ...(JSON.parse('{"__proto__": {"polluted": true}}') as object), ...base() }),
    issues: [unknown([], ['__proto__'])],
  },
  'top-level keys "constructor" and "prototype"': {
    input: () => ({ ...base(), ...(JSON.parse('{"constructor": {"polluted": true}, "prototype": 1}') as object) }),
    issues: [unknown([], ['constructor', 'prototype'])],
  },
  'records key "__proto__"': {
    input: () => edit((s) => (s.records = { ...(JSON.parse('{"__proto__": [{"id": "E9"}]}') as object), ...s.records })),
    issues: [unknown(['records'], ['__proto__'])],
  },
  'records key "constructor"': {
    input: () => edit((s) => (s.records = { ...s.records, ...(JSON.parse('{"constructor": []}') as object) })),
    issues: [unknown(['records'], ['constructor'])],
  },
  'county key "__proto__"': {
    input: () => edit((s) => (s.county = { ...s.county, ...(JSON.parse('{"__proto__": {"residentPopulation": 1}}') as object) })),
    issues: [unknown(['county'], ['__proto__'])],
  },
  'opening schedule key "__proto__"': unitRow({ openingSchedule: { ...schedule([]).openingSchedule, ...(JSON.parse('{"__proto__": ["00:00-24:00"]}') as object) } }, [
    unknown(U('openingSchedule'), ['__proto__']),
  ]),

  // ---------------------------------------------------------------- deep and huge
  [`a flag holding objects nested ${DEPTH} deep`]: {
    ...unitRow({ cadrePay: { basicPay: nestedObject(DEPTH) } }, [
      { code: 'expected_boolean', path: U('cadrePay', 'basicPay'), messageZh: '应为 true 或 false，实际为object', messageEn: 'expected true or false, got object' },
    ]),
    deep: true,
  },
  [`a count holding arrays nested ${DEPTH} deep (JSON.parse)`]: {
    input: () => withUnit({ households: JSON.parse(nestedArrayJson) }),
    issues: [count(U('households'), 'array')],
    rejected: REJECTED,
    deep: true,
  },
  [`a unit with an unknown key holding objects nested ${DEPTH} deep`]: { ...unitRow({ extra: nestedObject(DEPTH) }, [unknown(U(), ['extra'])]), deep: true },
  'a count holding an array of 1,000,000 numbers': {
    input: () => withUnit({ households: new Array(1_000_000).fill(1) }),
    issues: [count(U('households'), 'array')],
    rejected: REJECTED,
    big: true,
  },
  'a name of 201 characters': unitRow({ name: '陇'.repeat(201) }, [
    { code: 'too_long', path: U('name'), messageZh: '文本过长（最多200字），实际201字', messageEn: 'text too long (at most 200 characters), got 201' },
  ]),
  'a code of 100,000 characters (shown cut to 40)': {
    input: () => withUnit({ code: '5'.repeat(100_000) }),
    issues: [unitCode(U('code'), `"${'5'.repeat(40)}…"`)],
    rejected: [{ index: 3, code: '5'.repeat(100_000) }],
  },

  // ---------------------------------------------------------------- a bad part or whole is reported once, never also as exceeding
  'workers -1 beside 3 trained: only "negative"': unitRow({ communityWorkers: -1, communityWorkersTrained: 3 }, [
    { code: 'negative', path: U('communityWorkers'), messageZh: '不能为负数，实际为-1', messageEn: 'must not be negative, got -1' },
  ]),
  'workers -0 beside 1 trained: only "negative"': unitRow({ communityWorkers: -0, communityWorkersTrained: 1 }, [
    { code: 'negative', path: U('communityWorkers'), messageZh: '不能为负数，实际为-0', messageEn: 'must not be negative, got -0' },
  ]),
  'workers 2.5 beside 3 trained: only "not_integer"': unitRow({ communityWorkers: 2.5, communityWorkersTrained: 3 }, [
    { code: 'not_integer', path: U('communityWorkers'), messageZh: '应为整数，实际为2.5', messageEn: 'expected a whole number, got 2.5' },
  ]),
  '3,000,000,000 trained beside 6 workers: only "too_large"': unitRow({ communityWorkers: 6, communityWorkersTrained: 3_000_000_000 }, [
    {
      code: 'too_large',
      path: U('communityWorkersTrained'),
      messageZh: '数值过大（上限2000000000），实际为3000000000',
      messageEn: 'too large (at most 2000000000), got 3000000000',
    },
  ]),
  'activity area above 10 km² beside a 400 m² facility: only "too_large"': unitRow({ facilityBuildingArea: '400', facilityActivityArea: '10000001' }, [
    {
      code: 'too_large',
      path: U('facilityActivityArea'),
      messageZh: '数值过大（上限10000000平方米），实际为10000001',
      messageEn: 'too large (at most 10000000 m²), got 10000001',
    },
  ]),
  'activity area "400.001" beside a 400 m² facility: only "too_many_decimals"': unitRow({ facilityBuildingArea: 400, facilityActivityArea: '400.001' }, [
    { code: 'too_many_decimals', path: U('facilityActivityArea'), messageZh: '最多2位小数，实际为400.001', messageEn: 'at most 2 decimal places, got 400.001' },
  ]),
  'facility area "1,000" beside a 500 m² activity area: only "invalid_decimal"': unitRow({ facilityBuildingArea: '1,000', facilityActivityArea: 500 }, [
    invalidDecimal(U('facilityBuildingArea'), '"1,000"'),
  ]),
  'area with a leading zero "0120"': unitRow({ facilityBuildingArea: '0120' }, [invalidDecimal(U('facilityBuildingArea'), '"0120"')]),
  'area with a trailing point "120."': unitRow({ facilityBuildingArea: '120.' }, [invalidDecimal(U('facilityBuildingArea'), '"120."')]),
  'area without its whole part ".5"': unitRow({ facilityBuildingArea: '.5' }, [invalidDecimal(U('facilityBuildingArea'), '".5"')]),

  'trained 2,000,000,000 (the largest count) beside 6 workers: "exceeds_total"': unitRow({ communityWorkers: 6, communityWorkersTrained: 2_000_000_000 }, [
    {
      code: 'exceeds_total',
      path: U('communityWorkersTrained'),
      messageZh: '已轮训的社区工作者（communityWorkersTrained）2000000000超过社区工作者（communityWorkers）6',
      messageEn: 'communityWorkersTrained (2000000000) exceeds communityWorkers (6)',
    },
  ]),
  'activity area of 10 km² (the largest area) in a 400 m² facility: "exceeds_total"': unitRow({ facilityBuildingArea: 400, facilityActivityArea: 10_000_000 }, [
    {
      code: 'exceeds_total',
      path: U('facilityActivityArea'),
      messageZh: '居民活动区域面积（facilityActivityArea）10000000平方米超过社区综合服务设施总建筑面积（facilityBuildingArea）400平方米',
      messageEn: 'facilityActivityArea (10000000 m²) exceeds facilityBuildingArea (400 m²)',
    },
  ]),
  'flag as -0': unitRow({ hasServiceFacility: -0 }, [
    { code: 'expected_boolean', path: U('hasServiceFacility'), messageZh: '应为 true 或 false，实际为-0', messageEn: 'expected true or false, got -0' },
  ]),
  'flag as 0': unitRow({ hasServiceFacility: 0 }, [
    { code: 'expected_boolean', path: U('hasServiceFacility'), messageZh: '应为 true 或 false，实际为0', messageEn: 'expected true or false, got 0' },
  ]),
  'a key present with the value undefined counts as absent (only the bad count is reported)': unitRow({ hasServiceFacility: undefined, households: 'x' }, [count(U('households'), '"x"')]),
  'flag as an object': unitRow({ hasSelfServiceTerminal: {} }, [
    { code: 'expected_boolean', path: U('hasSelfServiceTerminal'), messageZh: '应为 true 或 false，实际为object', messageEn: 'expected true or false, got object' },
  ]),

  // ---------------------------------------------------------------- more codes, years, money and records
  'unit under an unknown township that is also the wrong one: only the mismatch': {
    input: () => withUnit({ code: '533124999201', townshipCode: '533124998' }),
    issues: [
      {
        code: 'township_mismatch',
        path: U('townshipCode'),
        messageZh: '所属乡镇代码 533124998 与村级代码 533124999201 的前9位不一致',
        messageEn: 'township code 533124998 does not match the first 9 digits of unit code 533124999201',
      },
    ],
    rejected: [{ index: 3, code: '533124999201' }],
  },
  'unit code of 40 characters (shown whole)': {
    input: () => withUnit({ code: '5'.repeat(40) }),
    issues: [unitCode(U('code'), `"${'5'.repeat(40)}"`)],
    rejected: [{ index: 3, code: '5'.repeat(40) }],
  },
  'a bad township record before one outside the county: both at their own index': {
    input: () => edit((s) => (s.townships = [{ code: 'x' }, ...s.townships, { code: '533123101' }])),
    issues: [
      {
        code: 'invalid_code',
        path: ['townships', 0, 'code'],
        messageZh: '应为9位数字的乡级统计用区划代码，实际为"x"',
        messageEn: 'expected a 9-digit township-level division code, got "x"',
      },
      { code: 'outside_region', path: ['townships', 2, 'code'], messageZh: '代码 533123101 不在区域 533124 内', messageEn: 'code 533123101 is outside region 533124' },
    ],
  },
  'township kind not in the list': {
    input: () => edit((s) => (s.townships[0].kind = 'city')),
    issues: [
      {
        code: 'invalid_value',
        path: ['townships', 0, 'kind'],
        messageZh: '应为以下之一：town、township、ethnic_township、farm，实际为"city"',
        messageEn: 'expected one of town, township, ethnic_township, farm, got "city"',
      },
    ],
    clean: () => edit((s) => (s.townships = [])),
  },
  'duplicate township record': {
    input: () => edit((s) => s.townships.push({ code: '533124101' })),
    issues: [{ code: 'duplicate_id', path: ['townships', 1, 'code'], messageZh: 'code 533124101 重复（第1条已出现）', messageEn: 'code 533124101 is listed twice (first at index 0)' }],
  },
  'a duplicate estate after a dropped one: the first copy named by its index in the input': {
    input: () => edit((s) => (s.records.newEstates = [null, ...s.records.newEstates, { id: 'E1', households: 5 }])),
    issues: [
      { code: 'invalid_type', path: ['records', 'newEstates', 0], messageZh: '应为对象，实际为null', messageEn: 'expected object, got null' },
      { code: 'duplicate_id', path: ['records', 'newEstates', 3, 'id'], messageZh: 'id E1 重复（第2条已出现）', messageEn: 'id E1 is listed twice (first at index 1)' },
    ],
  },
  'estate ID starting with a hyphen': {
    input: () => edit((s) => (s.records.newEstates[1].id = '-E2')),
    issues: [
      {
        code: 'invalid_id',
        path: ['records', 'newEstates', 1, 'id'],
        messageZh: '编号应为1—64个字母、数字或 ._:/- 字符（不含空格），实际为"-E2"',
        messageEn: 'expected an ID of 1–64 letters, digits or ._:/- characters (no spaces), got "-E2"',
      },
    ],
    clean: () => edit((s) => s.records.newEstates.splice(1, 1)),
  },
  'estate ID of 65 characters': {
    input: () => edit((s) => (s.records.newEstates[1].id = 'E'.repeat(65))),
    issues: [
      {
        code: 'invalid_id',
        path: ['records', 'newEstates', 1, 'id'],
        messageZh: `编号应为1—64个字母、数字或 ._:/- 字符（不含空格），实际为"${'E'.repeat(40)}…"`,
        messageEn: `expected an ID of 1–64 letters, digits or ._:/- characters (no spaces), got "${'E'.repeat(40)}…"`,
      },
    ],
    clean: () => edit((s) => s.records.newEstates.splice(1, 1)),
  },
  'service outlet tariff not in the list': {
    input: () => edit((s) => (s.records.serviceOutlets = [{ id: 'O1', water: 'cheap' }, { id: 'O2', water: 'residential' }])),
    issues: [
      {
        code: 'invalid_value',
        path: ['records', 'serviceOutlets', 0, 'water'],
        messageZh: '应为以下之一：residential、non_residential、not_supplied，实际为"cheap"',
        messageEn: 'expected one of residential, non_residential, not_supplied, got "cheap"',
      },
    ],
    clean: () => edit((s) => (s.records.serviceOutlets = [{ id: 'O2', water: 'residential' }])),
  },
  'relocation site flag as "yes"': {
    input: () => edit((s) => (s.records.relocationSites[0].hasServiceFacility = 'yes')),
    issues: [
      {
        code: 'expected_boolean',
        path: ['records', 'relocationSites', 0, 'hasServiceFacility'],
        messageZh: '应为 true 或 false，实际为"yes"',
        messageEn: 'expected true or false, got "yes"',
      },
    ],
    clean: () => edit((s) => (s.records.relocationSites = [])),
  },
  '一肩挑 year 1899 (the other year kept)': {
    input: () => edit((s) => (s.county.oneShoulder[0].year = 1899)),
    issues: [
      {
        code: 'invalid_year',
        path: ['county', 'oneShoulder', 0, 'year'],
        messageZh: '年份应为1900—2100之间的整数，实际为1899',
        messageEn: 'expected a whole year 1900–2100, got 1899',
      },
    ],
    clean: () => edit((s) => s.county.oneShoulder.splice(0, 1)),
  },
  '一肩挑 year 2022.5': {
    input: () => edit((s) => (s.county.oneShoulder[0].year = 2022.5)),
    issues: [
      {
        code: 'invalid_year',
        path: ['county', 'oneShoulder', 0, 'year'],
        messageZh: '年份应为1900—2100之间的整数，实际为2022.5',
        messageEn: 'expected a whole year 1900–2100, got 2022.5',
      },
    ],
    clean: () => edit((s) => s.county.oneShoulder.splice(0, 1)),
  },
  '一肩挑 year listed twice': {
    input: () => edit((s) => s.county.oneShoulder.push({ year: 2023, secretaries: 77, concurrent: 71 })),
    issues: [
      { code: 'duplicate_id', path: ['county', 'oneShoulder', 2, 'year'], messageZh: 'year 2023 重复（第2条已出现）', messageEn: 'year 2023 is listed twice (first at index 1)' },
    ],
  },
  'a wage year with neither wage (the other year kept)': {
    input: () => edit((s) => (s.county.urbanUnitWages = [{ year: 2023 }, { year: 2024, averageMonthlyWage: '8000' }])),
    issues: [
      { code: 'missing_wage', path: ['county', 'urbanUnitWages', 0], messageZh: '应给出月平均工资或年平均工资', messageEn: 'give averageMonthlyWage or averageAnnualWage' },
    ],
    clean: () => edit((s) => (s.county.urbanUnitWages = [{ year: 2024, averageMonthlyWage: '8000' }])),
  },
  'a wage above 10^9 yuan': {
    input: () => edit((s) => (s.county.urbanUnitWages = [{ year: 2024, averageAnnualWage: '1000000000.01' }])),
    issues: [
      {
        code: 'too_large',
        path: ['county', 'urbanUnitWages', 0, 'averageAnnualWage'],
        messageZh: '数值过大（上限1000000000元），实际为1000000000.01',
        messageEn: 'too large (at most 1000000000 yuan), got 1000000000.01',
      },
    ],
    clean: () => edit((s) => (s.county.urbanUnitWages = [])),
  },
  'a wage as true': {
    input: () => edit((s) => (s.county.urbanUnitWages = [{ year: 2024, averageMonthlyWage: true }])),
    issues: [
      {
        code: 'expected_decimal',
        path: ['county', 'urbanUnitWages', 0, 'averageMonthlyWage'],
        messageZh: '应为数值或十进制字符串（元），实际为true',
        messageEn: 'expected a number or a decimal string in yuan, got true',
      },
    ],
    clean: () => edit((s) => (s.county.urbanUnitWages = [])),
  },
  'a wage of Infinity': {
    input: () => edit((s) => (s.county.urbanUnitWages = [{ year: 2024, averageMonthlyWage: Number.POSITIVE_INFINITY }])),
    issues: [
      {
        code: 'not_finite',
        path: ['county', 'urbanUnitWages', 0, 'averageMonthlyWage'],
        messageZh: '应为有限数值（元），实际为Infinity',
        messageEn: 'expected a finite amount in yuan, got Infinity',
      },
    ],
    clean: () => edit((s) => (s.county.urbanUnitWages = [])),
  },
  'the county’s income for one year listed twice': {
    input: () =>
      edit((s) => (s.records.communityWorkerIncome = [{ year: 2024, averageMonthlyIncome: '7600' }, { year: 2024, averageMonthlyIncome: 7700 }])),
    issues: [
      {
        code: 'duplicate_id',
        path: ['records', 'communityWorkerIncome', 1, 'year'],
        messageZh: 'year county:2024 重复（第1条已出现）',
        messageEn: 'year county:2024 is listed twice (first at index 0)',
      },
    ],
    clean: () => edit((s) => (s.records.communityWorkerIncome = [{ year: 2024, averageMonthlyIncome: '7600' }])),
  },
  'action ID in capitals': {
    input: () => edit((s) => s.actions.push({ actionId: 'T3-ONE-WINDOW', status: 'not_started' })),
    issues: [{ code: 'invalid_format', path: ['actions', 2, 'actionId'], messageZh: '格式不正确，实际为"T3-ONE-WINDOW"', messageEn: 'invalid format, got "T3-ONE-WINDOW"' }],
  },
  'action done without a completion date': {
    input: () => edit((s) => s.actions.push({ actionId: 't9-self-service-devices', status: 'done' })),
    issues: [
      { code: 'completed_on_required', path: ['actions', 2, 'completedOn'], messageZh: '状态为已完成（done）时应填写完成日期 completedOn', messageEn: 'status done needs completedOn' },
    ],
  },
  'action not started but with a start date': {
    input: () => edit((s) => s.actions.push({ actionId: 't9-self-service-devices', status: 'not_started', startedOn: '2024-01-01' })),
    issues: [
      {
        code: 'inconsistent_status',
        path: ['actions', 2, 'status'],
        messageZh: '状态为未开始（not_started）时不应有开始或完成日期',
        messageEn: 'status not_started cannot have startedOn or completedOn',
      },
    ],
  },
  'action in progress but with a completion date': {
    input: () => edit((s) => s.actions.push({ actionId: 't9-self-service-devices', status: 'in_progress', completedOn: '2024-01-01' })),
    issues: [
      { code: 'inconsistent_status', path: ['actions', 2, 'completedOn'], messageZh: '状态为进行中（in_progress）时不应有完成日期', messageEn: 'status in_progress cannot have completedOn' },
    ],
  },
  'action evidence with a control character': {
    input: () => edit((s) => s.actions[0].evidence.push('doc\u0001')),
    issues: [
      {
        code: 'control_character',
        path: ['actions', 0, 'evidence', 1],
        messageZh: '文本第4个字符是控制字符 U+0001',
        messageEn: 'text contains a control character, U+0001 at position 4',
      },
    ],
    clean: () => edit((s) => s.actions.splice(0, 1)),
  },
  'a roster entry leaving before it joins (the log is dropped)': {
    input: () => edit((s) => (s.records.elderlyVisits.roster[0] = { personId: 'p1', from: '2025-02-01', to: '2025-01-01' })),
    issues: [
      {
        code: 'invalid_range',
        path: ['records', 'elderlyVisits', 'roster', 0, 'to'],
        messageZh: '离开名册日期 2025-01-01 早于列入日期 2025-02-01',
        messageEn: 'left the roster (2025-01-01) before joining it (2025-02-01)',
      },
    ],
    clean: () => edit((s) => delete s.records.elderlyVisits),
  },
  'a visit log ending before it starts': {
    input: () => edit((s) => (s.records.elderlyVisits.to = '2024-12-31')),
    issues: [
      {
        code: 'invalid_range',
        path: ['records', 'elderlyVisits', 'to'],
        messageZh: '结束日期 2024-12-31 早于开始日期 2025-01-01',
        messageEn: 'the end date 2024-12-31 is before the start date 2025-01-01',
      },
    ],
    clean: () => edit((s) => delete s.records.elderlyVisits),
  },
  'a visit ID listed twice': {
    input: () => edit((s) => (s.records.elderlyVisits.visits[1].id = 'v1')),
    issues: [
      { code: 'duplicate_id', path: ['records', 'elderlyVisits', 'visits', 1, 'id'], messageZh: 'id v1 重复（第1条已出现）', messageEn: 'id v1 is listed twice (first at index 0)' },
    ],
    clean: () => edit((s) => delete s.records.elderlyVisits),
  },
  'a misspelt part of cadre pay': unitRow({ cadrePay: { basicPay: true, bonus: true } }, [unknown(U('cadrePay'), ['bonus'])]),

  'records as an array': {
    input: () => edit((s) => (s.records = [s.records])),
    issues: [{ code: 'invalid_type', path: ['records'], messageZh: '应为对象，实际为array', messageEn: 'expected object, got array' }],
    clean: () => edit((s) => delete s.records),
  },
  'actions as a string': {
    input: () => edit((s) => (s.actions = 't3-one-window')),
    issues: [{ code: 'invalid_type', path: ['actions'], messageZh: '应为数组，实际为"t3-one-window"', messageEn: 'expected array, got "t3-one-window"' }],
    clean: () => edit((s) => delete s.actions),
  },
  'actions: a list of 10,001 (the list is dropped, one issue)': {
    input: () => edit((s) => (s.actions = Array.from({ length: 10_001 }, (_, i) => ({ actionId: `a-${i}`, status: 'not_started' })))),
    issues: [{ code: 'too_large', path: ['actions'], messageZh: '条目过多（最多10000条），实际10001条', messageEn: 'too many items (at most 10000), got 10001' }],
    clean: () => edit((s) => delete s.actions),
    big: true,
  },
  'county: the 一肩挑 series as a string (the other figures kept)': {
    input: () => edit((s) => (s.county.oneShoulder = '77/70')),
    issues: [{ code: 'invalid_type', path: ['county', 'oneShoulder'], messageZh: '应为数组，实际为"77/70"', messageEn: 'expected array, got "77/70"' }],
    clean: () => edit((s) => delete s.county.oneShoulder),
  },

  // ---------------------------------------------------------------- opening hours, more
  'opening interval "12:60-13:00"': unitRow(schedule(['12:60-13:00']), [
    {
      code: 'invalid_time',
      path: U('openingSchedule', 'mon', 0),
      messageZh: '时间 12:60 不存在（分钟应为00—59）："12:60-13:00"',
      messageEn: 'no such time 12:60 (minutes run 00–59): "12:60-13:00"',
    },
  ]),
  'opening interval "08:00-24:30"': unitRow(schedule(['08:00-24:30']), [
    {
      code: 'invalid_time',
      path: U('openingSchedule', 'mon', 0),
      messageZh: '时间 24:30 不存在（24时之后没有时间）："08:00-24:30"',
      messageEn: 'no such time 24:30 (there is no time after 24:00): "08:00-24:30"',
    },
  ]),
  'opening interval "08:30~12:00"': unitRow(schedule(['08:30~12:00']), [intervalFormat(U('openingSchedule', 'mon', 0), '"08:30~12:00"', '08:30-12:00')]),
  'opening interval "8:30至9:00"': unitRow(schedule(['8:30至9:00']), [intervalFormat(U('openingSchedule', 'mon', 0), '"8:30至9:00"', '08:30-09:00')]),
  'opening interval "08:30 - 12:00" (spaces)': unitRow(schedule(['08:30 - 12:00']), [intervalFormat(U('openingSchedule', 'mon', 0), '"08:30 - 12:00"', '08:30-12:00')]),
  'opening interval as the number 830': unitRow(schedule([830]), [
    {
      code: 'invalid_time_format',
      path: U('openingSchedule', 'mon', 0),
      messageZh: '开放时段应为 "HH:MM-HH:MM" 格式的文本，实际为830',
      messageEn: 'an opening interval must be text in the form "HH:MM-HH:MM", got 830',
    },
  ]),

  // ---------------------------------------------------------------- empty and control characters
  'no units at all (an empty but readable snapshot)': {
    input: () => edit((s) => (s.units = [])),
    issues: [],
    rejected: [],
    clean: () => edit((s) => (s.units = [])),
  },
  'name with a NUL character': unitRow({ name: '章凤\u0000村' }, [
    { code: 'control_character', path: U('name'), messageZh: '文本第3个字符是控制字符 U+0000', messageEn: 'text contains a control character, U+0000 at position 3' },
  ]),
  'name with an escape sequence (ESC [2J)': unitRow({ name: 'x\u001b[2J' }, [
    { code: 'control_character', path: U('name'), messageZh: '文本第2个字符是控制字符 U+001B', messageEn: 'text contains a control character, U+001B at position 2' },
  ]),
  'name with DEL': unitRow({ name: '\u007f' }, [
    { code: 'control_character', path: U('name'), messageZh: '文本第1个字符是控制字符 U+007F', messageEn: 'text contains a control character, U+007F at position 1' },
  ]),
  'action note with a bell character (the other action kept)': {
    input: () => edit((s) => (s.actions[1].note = 'done\u0007')),
    issues: [
      {
        code: 'control_character',
        path: ['actions', 1, 'note'],
        messageZh: '文本第5个字符是控制字符 U+0007',
        messageEn: 'text contains a control character, U+0007 at position 5',
      },
    ],
    clean: () => edit((s) => s.actions.splice(1, 1)),
  },
};

/** Unreadable outer shapes: evaluate throws the documented SnapshotError with exactly these issues. */
const FATAL: Record<string, Row> = {
  'region code of 7 digits (the region decides every code: unreadable)': {
    input: () => edit((s) => (s.regionCode = '5331241')),
    issues: [
      {
        code: 'invalid_region',
        path: ['regionCode'],
        messageZh: '应为2、4或6位数字的区域代码（如 "533124"），或空字符串（全国），实际为"5331241"',
        messageEn: 'expected a 2-, 4- or 6-digit region code (such as "533124"), or "" for all of China, got "5331241"',
      },
    ],
  },

  'as-of date 2025-02-30': { input: () => edit((s) => (s.asOf = '2025-02-30')), issues: [date(['asOf'], '"2025-02-30"')] },
  'as-of date 2025-13-01': { input: () => edit((s) => (s.asOf = '2025-13-01')), issues: [date(['asOf'], '"2025-13-01"')] },
  'as-of date 20250101': { input: () => edit((s) => (s.asOf = '20250101')), issues: [date(['asOf'], '"20250101"')] },
  'as-of date as the number 20250101': { input: () => edit((s) => (s.asOf = 20250101)), issues: [date(['asOf'], '20250101')] },
  'as-of date with a time': { input: () => edit((s) => (s.asOf = '2025-06-30T00:00:00Z')), issues: [date(['asOf'], '"2025-06-30T00:00:00Z"')] },
  'as-of date 2025-02-30 and a negative county figure: both reported': {
    input: () =>
      edit((s) => {
        s.asOf = '2025-02-30';
        s.county.households = -1;
      }),
    issues: [date(['asOf'], '"2025-02-30"'), { code: 'negative', path: ['county', 'households'], messageZh: '不能为负数，实际为-1', messageEn: 'must not be negative, got -1' }],
  },
  'an empty object': {
    input: () => ({}),
    issues: [date(['asOf'], 'undefined'), { code: 'invalid_type', path: ['units'], messageZh: '应为数组，实际为undefined', messageEn: 'expected array, got undefined' }],
  },
  null: { input: () => null, issues: [{ code: 'invalid_type', path: [], messageZh: '应为对象，实际为null', messageEn: 'expected object, got null' }] },
  'a string': { input: () => 'snapshot', issues: [{ code: 'invalid_type', path: [], messageZh: '应为对象，实际为"snapshot"', messageEn: 'expected object, got "snapshot"' }] },
  'an array of units': { input: () => [...base().units], issues: [{ code: 'invalid_type', path: [], messageZh: '应为对象，实际为array', messageEn: 'expected object, got array' }] },
  'units as an object': {
    input: () => edit((s) => (s.units = { 0: s.units[0] })),
    issues: [{ code: 'invalid_type', path: ['units'], messageZh: '应为数组，实际为object', messageEn: 'expected array, got object' }],
  },
  [`objects nested ${DEPTH} deep`]: {
    input: () => nestedObject(DEPTH),
    issues: [
      unknown([], ['a']),
      date(['asOf'], 'undefined'),
      { code: 'invalid_type', path: ['units'], messageZh: '应为数组，实际为undefined', messageEn: 'expected array, got undefined' },
    ],
  },
  '1,000,001 units (one clear error, fast)': {
    input: () => edit((s) => (s.units = new Array(1_000_001).fill(s.units[0]))),
    issues: [{ code: 'too_large', path: ['units'], messageZh: '条目过多（最多1000000条），实际1000001条', messageEn: 'too many items (at most 1000000), got 1000001' }],
    big: true,
  },
};

const isPolluted = () =>
  ({} as Record<string, unknown>)['polluted'] !== undefined ||
  Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted') ||
  Object.prototype.hasOwnProperty.call(Array.prototype, 'polluted');

const cleanEvaluation = (clean: () => unknown) => evaluate(clean());

describe('bad input: each is reported exactly, the rest still evaluated', () => {
  it.each(Object.entries(ROWS))('%s', (_name, row) => {
    const input = row.input();
    if (!row.big) deepFreeze(input);
    const snapshot = !row.big && !row.deep;
    const before = snapshot ? JSON.stringify(input) : '';
    const e = evaluate(input);
    expect(e.input.issues).toEqual(row.issues);
    expect(e.input.rejected).toEqual(row.rejected ?? []);
    // The parser reports the same (evaluate adds only the action-record checks).
    const parsed = safeParseSnapshot(input);
    if (!row.evaluateOnly) {
      expect(parsed.issues).toEqual(row.issues);
      expect(parsed.success).toBe(row.issues.length === 0);
    }
    // Nothing else lost: the parsed data and the evaluation equal those of the snapshot without the bad part.
    expect(parsed.data).toStrictEqual(safeParseSnapshot((row.clean ?? base)()).data);
    expect(parsed.rejected).toEqual(row.rejected ?? []);
    const clean = cleanEvaluation(row.clean ?? base);
    expect(clean.input.issues).toEqual(row.evaluateOnly ? row.issues : []);
    expect(e.input.units).toBe((input as { units: unknown[] }).units.length);
    expect(e.input.evaluated).toBe(clean.input.evaluated);
    expect(e.input.evaluated + e.input.rejected.length).toBe(e.input.units);
    expect(results(e)).toEqual(results(clean));
    const unitSubjects = new Set(e.indicators.filter((r) => r.level === 'unit').map((r) => r.subject));
    expect(unitSubjects.size).toBe(e.input.evaluated);
    for (const r of e.input.rejected) if (r.code !== undefined) expect(unitSubjects.has(r.code)).toBe(false);
    if (snapshot) expect(JSON.stringify(input)).toBe(before);
    expect(isPolluted()).toBe(false);
  });
});

describe('unreadable outer shape: the documented SnapshotError, every problem listed', () => {
  it.each(Object.entries(FATAL))('%s', (_name, row) => {
    const input = row.input();
    const started = performance.now();
    let thrown: unknown;
    try {
      evaluate(input);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(SnapshotError);
    expect((thrown as SnapshotError).name).toBe('SnapshotError');
    expect((thrown as SnapshotError).issues).toEqual(row.issues);
    // Its message lists every problem, one line each, path first, Chinese then English.
    const where = (p: readonly (string | number)[]) => p.reduce<string>((out, x) => (typeof x === 'number' ? `${out}[${x}]` : out === '' ? x : `${out}.${x}`), '') || '(root)';
    expect((thrown as Error).message).toBe(
      [
        `填报数据有 ${row.issues.length} 处问题 / the snapshot has ${row.issues.length} problem(s):`,
        ...row.issues.map((i) => `  ✖ ${where(i.path)}: ${i.messageZh} / ${i.messageEn}`),
      ].join('\n'),
    );
    const parsed = safeParseSnapshot(input);
    expect(parsed.success).toBe(false);
    expect(parsed.success ? 'ok' : parsed.data).toBeUndefined();
    if (row.big) expect(performance.now() - started).toBeLessThan(5_000);
    expect(isPolluted()).toBe(false);
  });

});

describe('plausible figures are accepted, not errors', () => {
  it.each([
    ['registered volunteers above the resident population (they register where they serve)', { county: { residentPopulation: 1000, registeredVolunteers: 1200 } }],
    ['households above residents (registered households, resident people)', { units: [{ code: RURAL2, townshipCode: '533124201', households: 300, residentPopulation: 250 }] }],
    ['professional social workers above community workers', { units: [{ code: URBAN, townshipCode: '533124101', communityWorkers: 1, professionalSocialWorkers: 2 }] }],
    ['part equal to its whole', { units: [{ code: URBAN, townshipCode: '533124101', facilityBuildingArea: '400.5', facilityActivityArea: 400.5, communityWorkers: 3, communityWorkersTrained: 3 }] }],
    ['a tab and line breaks in a name', { units: [{ code: URBAN, townshipCode: '533124101', name: '老街子\t社区\r\n' }] }],
    ['a snapshot of no units', {}],
    ['area 0.1 written "0.10"', { units: [{ code: URBAN, townshipCode: '533124101', facilityBuildingArea: '0.10' }] }],
    ['the largest count, 2,000,000,000', { units: [{ code: URBAN, townshipCode: '533124101', residentPopulation: 2_000_000_000 }] }],
    ['the largest area, 10 km², and one just under it', { units: [{ code: URBAN, townshipCode: '533124101', facilityBuildingArea: 10_000_000, communityBuildingArea: '9999999.99' }] }],
    ['the largest amount of money, 10^9 yuan', { county: { urbanUnitWages: [{ year: 2024, averageAnnualWage: '1000000000' }] } }],
    ['a name of exactly 200 characters', { units: [{ code: URBAN, townshipCode: '533124101', name: '陇'.repeat(200) }] }],
    ['an ID of exactly 64 characters', { records: { newEstates: [{ id: 'E'.repeat(64) }] } }],
    ['years 1900 and 2100', { county: { oneShoulder: [{ year: 1900, secretaries: 1, concurrent: 0 }, { year: 2100, secretaries: 1, concurrent: 1 }] } }],
    ['a whole day, "00:00-24:00", and touching intervals', { units: [{ code: URBAN, townshipCode: '533124101', openingSchedule: { mon: ['00:00-24:00'], tue: ['08:00-12:00', '12:00-18:00'], wed: [], thu: [], fri: [], sat: [], sun: [] } }] }],
    ['region "53": a unit and a township of another county of Yunnan', { regionCode: '53', units: [{ code: '533123101201', townshipCode: '533123101' }], townships: [{ code: '533123101', kind: 'town' }] }],
    ['region "": anywhere in China', { regionCode: '', units: [{ code: '110101001001', townshipCode: '110101001' }], records: { newEstates: [{ id: 'E1', unitCode: '110101001001' }] } }],
  ])('%s', (_name, extra) => {
    const r = safeParseSnapshot({ asOf: '2025-06-30', units: [], ...extra });
    expect(r.issues).toEqual([]);
    expect(r.success).toBe(true);
  });
});

describe('data checks the rules flag (valid data, not input errors)', () => {
  it('[P3.2] a visit to someone off the roster is flagged by p3-2-visits-on-roster, not counted, never dropped silently', () => {
    const e = evaluate(edit((s) => s.records.elderlyVisits.visits.push({ id: 'v3', personId: 'p9', date: '2025-02-01' })));
    expect(e.input.issues).toEqual([]);
    expect(e.rules.filter((r) => r.ruleId === 'p3-2-visits-on-roster').map((r) => [r.subject, r.status, r.message.zh, r.message.en])).toEqual([
      ['v3', 'fail', '[P3.2] v3：2025-02-01 探访的 p9 不在特殊困难老年人名册上，不计入月探访率', '[P3.2] v3: p9, visited on 2025-02-01, is not on the roster; not counted'],
    ]);
  });

  it('[P3.2] a visit before the person joined the roster is flagged too', () => {
    const e = evaluate(edit((s) => (s.records.elderlyVisits.roster[1].from = '2025-02-01')));
    expect(e.rules.filter((r) => r.ruleId === 'p3-2-visits-on-roster').map((r) => [r.subject, r.status, r.message.en])).toEqual([
      ['v2', 'fail', '[P3.2] v2: p2 was visited on 2025-01-20, outside their time on the roster (2025-02-01 to …); not counted'],
    ]);
  });
});

afterAll(() => {
  expect(isPolluted()).toBe(false);
});

/** How many malformed inputs the catalogue tries (docs/hardening.md quotes it). */
const BAD_INPUTS = Object.keys(ROWS).length - 1 /* the empty snapshot is valid */ + Object.keys(FATAL).length;
it(`tries at least 60 malformed inputs (${BAD_INPUTS})`, () => {
  expect(BAD_INPUTS).toBeGreaterThanOrEqual(60);
});
