// Fixtures shared by tests of different layers (evaluation, report, testing entry, CLI), each worked out once.

/** A unit with its township code taken from its code's first 9 digits. */
export const unit = (code: string, extra: Record<string, unknown> = {}) => ({ code, townshipCode: code.slice(0, 9), ...extra });

/**
 * Seven real 村民委员会: 章凤镇's 章凤村, 芒弄村, 迭撒村, 芒拉村, 拉勐村 (201–205) and 陇把镇's 户岛村, 吕良村 (201, 202);
 * 章凤村, 芒弄村, 迭撒村 and 户岛村 have a facility (4 of 7).
 */
export const SEVEN_VILLAGES = [
  unit('533124101201', { hasServiceFacility: true }),
  unit('533124101202', { hasServiceFacility: true }),
  unit('533124101203', { hasServiceFacility: true }),
  unit('533124101204', { hasServiceFacility: false }),
  unit('533124101205', { hasServiceFacility: false }),
  unit('533124102201', { hasServiceFacility: true }),
  unit('533124102202', { hasServiceFacility: false }),
];

/** A week open the same intervals Monday to Friday and closed at the weekend. */
export const weekdays = (i: string[]) => ({ mon: i, tue: i, wed: i, thu: i, fri: i, sat: [], sun: [] });

/**
 * One unit, 章凤村, failing a soft rule ([T3] 7 hours a day, 一般不少于每天8小时), an informational one ([T10] 可设 an
 * ethnic-affairs officer where the work is heavy, none set) and, with no legal adviser, a binding one ([P3.12]).
 */
export const severitySnapshot = (legalAdvisers: number) => ({
  asOf: '2025-12-31',
  units: [
    {
      code: '533124101201',
      townshipCode: '533124101',
      hasServiceFacility: true,
      openingSchedule: weekdays(['09:00-16:00']),
      heavyEthnicReligiousWork: true,
      ethnicReligiousOfficers: 0,
      legalAdvisers,
    },
  ],
});
