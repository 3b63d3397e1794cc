import { PLAN } from '../plan/meta';

/**
 * The date a file's name suggests, for the page to offer (never to impose): a year of the plan's span in the name
 * (`units-2024.csv`, `陇川2023年.xlsx`) stands for that year's end, the date annual figures are reported at.
 *
 * @example
 * ```ts
 * [asOfFromName('units-2024.csv'), asOfFromName('陇川2023年.xlsx'), asOfFromName('units.csv'), asOfFromName('2023-2024.csv')]
 * //=> ['2024-12-31', '2023-12-31', '', '']
 * ```
 * @category Reporting · 报告
 */
export function asOfFromName(name: string): string {
  // Four digits standing alone, kept when they are a year from the plan's base year (2020) to its target year (2025).
  const years = [...name.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((m) => Number(m[1])).filter((y) => y >= PLAN.baselineYear && y <= PLAN.targetYear);
  return years.length === 1 ? `${years[0]}-12-31` : '';
}
