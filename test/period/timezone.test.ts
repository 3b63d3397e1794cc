import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  calendarYear,
  elapsedShare,
  elapsedShareDecimal,
  isCalendarDate,
  isDue,
  isInPlanPeriod,
  monthsBetween,
  planYear,
} from '../../src/period';

// Zones chosen for their traps: offsets that cross midnight with DST (Azores: UTC−1 / UTC±0),
// ±12…14 h (Kiritimati, Pago Pago), a skipped calendar day (Apia skipped 2011-12-30),
// DST starting at midnight (São Paulo, until 2019), half-hour offsets (Kolkata), and China time.
const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'Atlantic/Azores',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Pacific/Apia',
  'America/Sao_Paulo',
  'America/Los_Angeles',
  'Asia/Kolkata',
];

const DATES = [
  '2011-12-30', // not a local day in Pacific/Apia
  '2018-11-04', // São Paulo DST began at 00:00
  '2020-12-31',
  '2021-01-01',
  '2021-03-28', // Azores DST change
  '2021-10-31',
  '2023-07-02',
  '2024-02-29',
  '2024-03-10', // US DST change
  '2024-12-31',
  '2025-03-30',
  '2025-10-26',
  '2025-12-31',
  '2026-01-01',
  '1900-01-01',
  '2100-12-31',
];

function battery(): unknown {
  return DATES.map((d) => ({
    d,
    valid: isCalendarDate(d),
    invalid: isCalendarDate('2025-02-29') || isCalendarDate('2011-12-32'),
    share: elapsedShare(d),
    decimal: elapsedShareDecimal(d),
    inPeriod: isInPlanPeriod(d),
    year: planYear(d),
    calendarYear: calendarYear(d),
    due: isDue(d, '2025-12-31'),
    months: monthsBetween(d < '2025-12-31' ? d : '2025-12-31', d < '2025-12-31' ? '2025-12-31' : d),
  }));
}

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('results do not depend on the time zone', () => {
  it('switching process.env.TZ really changes local time here (sanity check for the test itself)', () => {
    process.env.TZ = 'UTC';
    const utc = new Date(Date.UTC(2021, 0, 1)).getTimezoneOffset();
    process.env.TZ = 'Pacific/Kiritimati';
    const kiritimati = new Date(Date.UTC(2021, 0, 1)).getTimezoneOffset();
    expect(utc).toBe(0);
    expect(kiritimati).toBe(-14 * 60);
  });

  it('gives the same answers in every zone', () => {
    process.env.TZ = 'UTC';
    const expected = battery();
    for (const zone of ZONES) {
      process.env.TZ = zone;
      expect({ zone, results: battery() }).toEqual({ zone, results: expected });
    }
  });

  it('the period helpers never use local-time Date methods or zone-dependent date-fns helpers', () => {
    const dir = new URL('../../src/period/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      // Code only: comments may name the helpers to explain why they are not used.
      const source = readFileSync(new URL(file, dir), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      const where = `src/period/${file}`;
      expect(source, where).not.toMatch(
        /\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|Time|TimezoneOffset)\(/,
      );
      expect(source, where).not.toMatch(/\bnew Date\((?!Date\.UTC\(|0\))/);
      expect(source, where).not.toMatch(/\bDate\.parse\(|\bparseISO\b|toLocale|\bformat\(/);
      expect(source, where).not.toMatch(
        /\b(differenceInCalendarDays|differenceInDays|eachMonthOfInterval|startOfDay|startOfMonth|addDays|addMonths)\b/,
      );
    }
  });
});
