// A stored evaluation turned hostile: every free-text field a report prints carries markup, script, bare URLs, an
// e-mail address, a Markdown link, bidirectional overrides, zero-width characters and terminal escapes. Its shape is
// still a valid evaluation (the schema allows any string there), so it reaches the renderers: only escaping stands
// between it and the reader. Used by test/hardening/reportAttacks.test.ts and the Chromium test.
import { evaluate } from '../../src/evaluate/evaluate';
import type { Evaluation } from '../../src/evaluate/Evaluation';
import { countySnapshot } from './_fixtures';

/** Script that would set `window.__pwned`, markup, links of every GFM kind, and invisible or control characters. */
export const PAYLOAD =
  `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><svg onload="window.__pwned=3">` +
  ` https://evil.example/x www.evil.example mail@evil.example [link](https://evil.example) ` +
  `abc\u202Efed\u202C \u2066iso\u2069 zero\u200Bwidth \uFEFFbom \u001b[2J\u001b]0;title\u0007 \u009b31m`;

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? Mutable<U>[] : T[K] extends object ? Mutable<T[K]> : T[K] };

/** The county fixture's evaluation (failing, advisory and pending rules, townships, missing data) made hostile. */
export function hostileEvaluation(): Evaluation {
  const e = JSON.parse(JSON.stringify(evaluate(countySnapshot()))) as Mutable<Evaluation>;
  e.plan.titleZh = PAYLOAD;
  e.plan.titleEn = PAYLOAD;
  for (const h of e.headline) {
    h.nameZh = PAYLOAD;
    h.nameEn = PAYLOAD;
  }
  for (const r of e.rules) {
    if (r.status !== 'fail' && r.status !== 'pending') continue;
    r.subject = PAYLOAD;
    r.actual = PAYLOAD;
    r.expected = PAYLOAD;
    r.message = { zh: PAYLOAD, en: PAYLOAD };
  }
  // Hostile: overdue even where its status rules that out (ActionReport narrows on status).
  e.actions[0] = { ...e.actions[0]!, overdue: true, due: PAYLOAD, message: { zh: PAYLOAD, en: PAYLOAD } } as (typeof e.actions)[number];
  e.summary.missingData.push({ field: PAYLOAD, subjects: 1 });
  e.input.rejected.push({ index: 0, code: PAYLOAD });
  e.input.issues.push({ code: PAYLOAD, path: [PAYLOAD, 0], messageZh: PAYLOAD, messageEn: PAYLOAD });
  e.input.coverage = { ...e.input.coverage!, complete: false, absent: [PAYLOAD], unregistered: [PAYLOAD] };
  return e as Evaluation;
}

/** Raw characters that must never reach a page or a terminal: bidi controls, zero-width characters, BOM, C0 and C1. */
export const RAW_INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
