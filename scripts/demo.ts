// `npm run demo`: the plan's period, its seven 专栏1 indicators as written, and Longchuan's units by township.
import { CLAUSES, PLAN, TOWNSHIPS, unitsOfTownship } from '../src/index';

const out: string[] = [];
out.push(`${PLAN.titleZh}`, `${PLAN.titleEn}`, `规划期 Period: ${PLAN.period.start} – ${PLAN.period.end}`, '');
out.push('专栏1 主要发展指标 / Panel 1 main indicators (as written in the plan):');
for (const id of ['P1.1', 'P1.2', 'P1.3', 'P1.4', 'P1.5', 'P1.6', 'P1.7'] as const) {
  out.push(`  [${id}] ${CLAUSES[id].text}`);
}
out.push('', '行政区划 Administrative units (NBS 2023):');
for (const t of TOWNSHIPS) {
  const units = unitsOfTownship(t.code);
  out.push(`  ${t.code} ${t.name} (${t.kindZh}) — ${units.length} units: ${units.map((u) => u.shortName).join('、')}`);
}
console.log(out.join('\n'));
