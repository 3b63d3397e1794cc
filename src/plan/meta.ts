import { deepFreeze } from '../_lib/deepFreeze';

/**
 * The plan's identity: title, issuer, the documents it is based on, its period and its county.
 *
 * - `titleZh` is the plan's own title, which the source prints over two lines
 *   (`陇川县“十四五”城乡社区服务` / `体系建设规划`), joined here without a break.
 * - `issuerZh` / `issuerEn` are **inferred**: the plan text does not print its issuer. The plan
 *   implements the county outline 陇政发〔2023〕59号, and 陇政发 is the document series of
 *   陇川县人民政府 (Longchuan County People's Government), so the county government is taken as issuer.
 * - `basis` lists the two documents named in the preamble (“根据《…》（…）要求”), with their exact
 *   titles between 《》 and numbers between （）. `issuerZh` of the first is printed in its title;
 *   that of the second is inferred from its 陇政发 series, as above.
 * - `period` is the 十四五 period: 2021-01-01 to 2025-12-31 inclusive; the targets fall due
 *   “到2025年末” (R3). `baselineYear` / `baselineDate` are the year and day of 专栏1's
 *   “2020年基期值” (taken as at 2020-12-31); `targetYear` is the year of its “2025年目标值”.
 * - `county.code` is the national administrative division code of 陇川县 (GB/T 2260).
 *
 * @clause R3
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * PLAN.period;
 * //=> { start: '2021-01-01', end: '2025-12-31' }
 * PLAN.basis[1].number;
 * //=> '陇政发〔2023〕59号'
 * ```
 */
export const PLAN = /* @__PURE__ */ deepFreeze({
  titleZh: '陇川县“十四五”城乡社区服务体系建设规划',
  titleEn: 'Longchuan County 14th Five-Year Plan for the Urban and Rural Community Service System',
  issuerZh: '陇川县人民政府',
  issuerEn: "Longchuan County People's Government",
  basis: [
    {
      number: '德政办发〔2023〕29号',
      titleZh: '德宏州人民政府办公室关于印发德宏州“十四五”城乡社区服务体系建设规划的通知',
      titleEn:
        "Notice of the General Office of the Dehong Prefecture People's Government on Issuing the Dehong Prefecture 14th Five-Year Plan for the Urban and Rural Community Service System",
      issuerZh: '德宏州人民政府办公室',
      issuerEn: "General Office of the Dehong Prefecture People's Government",
    },
    {
      number: '陇政发〔2023〕59号',
      titleZh: '陇川县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      titleEn:
        'Outline of the 14th Five-Year Plan for the National Economic and Social Development of Longchuan County and the Long-Range Objectives Through the Year 2035',
      issuerZh: '陇川县人民政府',
      issuerEn: "Longchuan County People's Government",
    },
  ],
  period: { start: '2021-01-01', end: '2025-12-31' },
  baselineYear: 2020,
  targetYear: 2025,
  baselineDate: '2020-12-31',
  county: { code: '533124', nameZh: '陇川县', nameEn: 'Longchuan County' },
} as const);
