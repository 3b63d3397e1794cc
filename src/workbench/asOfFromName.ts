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
  const years = [...name.matchAll(/(?<!\d)(20[2-3]\d)(?!\d)/g)].map((m) => m[1]);
  return years.length === 1 ? `${years[0]}-12-31` : '';
}
