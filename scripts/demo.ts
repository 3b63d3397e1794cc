// `npm run demo`: evaluate the embedded sample snapshot (Longchuan's real 77 village-level units with illustrative
// figures, not official statistics) and print the text report. `npm run demo -- en` prints it in English.
import { evaluate, renderReport, SAMPLE_NOTICE, SAMPLE_SNAPSHOT } from '../src/index';

const locale = process.argv[2] === 'en' ? 'en' : 'zh-CN';
const evaluation = evaluate(SAMPLE_SNAPSHOT);
console.log(`${SAMPLE_NOTICE.zh} / ${SAMPLE_NOTICE.en}\n`);
console.log(renderReport(evaluation, { format: 'text', locale, color: process.stdout.isTTY === true && !process.env.NO_COLOR }));
