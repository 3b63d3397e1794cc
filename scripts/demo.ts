// `npm run demo`: the final assessment (终期评估) of the embedded sample (Longchuan's real 77 village-level units with
// illustrative figures, not official statistics) as of the plan's end date, 2025-12-31, as a text report.
// `npm run demo -- en` prints it in English.
import { evaluate, PLAN, renderReport, SAMPLE_NOTICE, SAMPLE_SNAPSHOT } from '../src/index';

const locale = process.argv[2] === 'en' ? 'en' : 'zh-CN';
// The period ended on 2025-12-31: from that day on a missed target is not achieved, never "behind".
const evaluation = evaluate(SAMPLE_SNAPSHOT, { asOf: PLAN.period.end });
console.log(`${SAMPLE_NOTICE.zh} / ${SAMPLE_NOTICE.en}\n`);
console.log(renderReport(evaluation, { format: 'text', locale, color: process.stdout.isTTY === true && !process.env.NO_COLOR, sample: true }));
