// Issue 16: the attacks on renderReport that got through the adversarial review, each a named regression test.
// A report renders evaluations that were stored and read back (a dashboard's normal flow): whatever the stored JSON
// holds must not run script, become a link, hide or reorder text, or drive the terminal; and anything that is not an
// evaluation is a PlanInputError naming where, never a TypeError.
import { afterEach, describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { evaluate } from '../../src/evaluate/evaluate';
import type { Evaluation } from '../../src/evaluate/Evaluation';
import { renderHtml, renderMarkdown, renderReport, renderText, type ReportFormat } from '../../src/report';
import { countySnapshot } from '../report/_fixtures';
import { hostileEvaluation, PAYLOAD, RAW_INVISIBLE } from '../report/_hostileEvaluation';
import { thrown } from '../_thrown';

const FORMATS: readonly ReportFormat[] = ['text', 'markdown', 'html'];
const LOCALES = ['zh-CN', 'en'] as const;
const ALL = FORMATS.flatMap((f) => LOCALES.map((l) => [f, l] as const));
const county = (): Record<string, any> => JSON.parse(JSON.stringify(evaluate(countySnapshot())));
const render = (e: unknown, format: ReportFormat) => renderReport(e as Evaluation, { format, locale: 'en' });

/** The error renderReport threw for `e` in every format: the same PlanInputError, with its path. */
function rejection(e: unknown): { code: string; path: readonly (string | number)[] } {
  const errors = FORMATS.map((f) => thrown(() => render(e, f)));
  for (const err of errors) expect(err).toBeInstanceOf(PlanInputError);
  const [first] = errors as PlanInputError[];
  for (const err of errors as PlanInputError[]) expect(err.message).toBe(first!.message);
  return { code: first!.code, path: first!.path };
}

describe('[S4] issue 16: fields the review found printed raw are checked before anything is printed', () => {
  it.each([
    ['summary.missingData[].subjects (HTML)', (e: any): void => void (e.summary.missingData[0].subjects = '<img src=x onerror=alert(1)>'), ['summary', 'missingData', 0, 'subjects']],
    ['input.rejected[].index (HTML)', (e: any): void => void e.input.rejected.push({ index: '<img src=x onerror=alert(1)>' }), ['input', 'rejected', 0, 'index']],
    ['headline[].display (Markdown)', (e: any): void => void (e.headline[0].display = '<img src=x onerror=alert(1)>'), ['headline', 0, 'display']],
    ['headline[].target (Markdown)', (e: any): void => void (e.headline[1].target = '100 [x](https://evil.example)'), ['headline', 1, 'target']],
    ['plan.start (Markdown)', (e: any): void => void (e.plan.start = '<script>alert(1)</script>'), ['plan', 'start']],
    ['asOf (the charts\' time axis)', (e: any): void => void (e.asOf = '2024-06-30"><script>'), ['asOf']],
    ['indicators[].value (rounded for the township table)', (e: any): void => void (e.indicators[0].value = '1e999'), ['indicators', 0, 'value']],
    ['options.indicatorPlaces (rounding)', (e: any): void => void (e.options.indicatorPlaces = 1e9), ['options', 'indicatorPlaces']],
  ] as const)('%s: a PlanInputError naming the path', (_, spoil, path) => {
    const e = county();
    spoil(e);
    expect(rejection(e)).toEqual({ code: 'invalid_evaluation', path });
  });
});

describe('[S4] issue 16: malformed evaluations are PlanInputError, never TypeError', () => {
  it.each([
    ['an unknown rule status', (e: any): void => void (e.rules[0].status = 'exploded'), ['rules', 0, 'status']],
    ['an unknown progress status', (e: any): void => void (e.headline[0].progress = 'toString'), ['headline', 0, 'progress']],
    ['an unknown action status', (e: any): void => void (e.actions[0].status = '__proto__'), ['actions', 0, 'status']],
    ['an unknown rule ID', (e: any): void => void (e.rules[0].ruleId = 'constructor'), ['rules', 0, 'ruleId']],
    ['a missing summary', (e: any): void => void delete e.summary, ['summary']],
    ['a missing headline row field', (e: any) => delete e.headline[2].nameZh, ['headline', 2, 'nameZh']],
    ['null for the input counts', (e: any): void => void (e.input = null), ['input']],
    ['a status count that is a string', (e: any): void => void (e.summary.rules.fail = '3'), ['summary', 'rules', 'fail']],
    ['an unknown field', (e: any): void => void (e.extra = 1), []],
    ['another schema version', (e: any): void => void (e.schemaVersion = 2), ['schemaVersion']],
  ] as const)('%s', (_, spoil, path) => {
    const e = county();
    spoil(e);
    expect(rejection(e)).toEqual({ code: 'invalid_evaluation', path });
  });

  it.each([null, undefined, 42, 'evaluation', []])('not an evaluation at all (%s)', (v) => {
    expect(rejection(v).path).toEqual([]);
  });

  it.each([{}, Object.create(null)])('an empty object (%s): the first field it lacks', (v) => {
    expect(rejection(v).path).toEqual(['schemaVersion']);
  });

  it('the message says what is wrong in both languages, without listing every rule ID', () => {
    const e = county();
    e.rules[3].ruleId = 'nope';
    const err = thrown(() => render(e, 'html')) as PlanInputError;
    expect(err.message).toMatch(/^rules\[3\]\.ruleId: 不是有效的评估结果：应为已知的\d+个取值之一，实际为"nope" \/ not a valid evaluation: expected one of \d+ known values, got "nope"$/);
  });

  it('each renderer checks on its own too', () => {
    const e = county();
    e.summary.missingData[0].subjects = '<b>';
    for (const r of [renderHtml, renderMarkdown, renderText]) expect(thrown(() => r(e as Evaluation))).toBeInstanceOf(PlanInputError);
  });
});

describe('[S4] issue 16: every printed field is escaped for its format', () => {
  const outputs = Object.fromEntries(ALL.map(([f, l]) => [`${f} ${l}`, renderReport(hostileEvaluation(), { format: f, locale: l })]));

  it.each(ALL)('%s %s: the payload reached the report (as text)', (f, l) => {
    expect(outputs[`${f} ${l}`]).toContain(f === 'markdown' ? 'window.\\_\\_pwned=2' : 'window.__pwned=2');
  });

  it.each(LOCALES)('HTML %s: no element, attribute or entity comes from data', (l) => {
    const html = outputs[`html ${l}`]!;
    expect(html).not.toMatch(/<(img|script)\b|<svg onload|<a href="(?!#)/i);
    expect(html).not.toMatch(/onerror="|onload="/);
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;&lt;script&gt;');
    expect(html.match(/<script/gi)).toBeNull();
  });

  it.each(LOCALES)('Markdown %s: no raw HTML, link or emphasis, and no bare URL, www. or e-mail address becomes a link', (l) => {
    const md = outputs[`markdown ${l}`]!;
    expect(md).not.toMatch(/(?<!\\)[<[\]]/);
    expect(md).not.toMatch(/https?:\/\//);
    expect(md).not.toMatch(/www\./i);
    expect(md).not.toMatch(/@[a-z]/i);
    // Broken by a word joiner (U+2060), invisible: the text reads the same.
    expect(md).toContain('https:\u2060//evil.example/x www\u2060.evil.example mail@\u2060evil.example \\[link\\](https:\u2060//evil.example)');
  });

  it.each(LOCALES)('terminal %s: no escape sequence or control character reaches the terminal', (l) => {
    const text = outputs[`text ${l}`]!;
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('\\u{1b}[2J\\u{1b}]0;title\\u{7}');
  });

  it.each(ALL)('%s %s: bidirectional and invisible characters are shown, never sent raw', (f, l) => {
    const out = outputs[`${f} ${l}`]!;
    expect(out).not.toMatch(RAW_INVISIBLE);
    // Markdown escapes the backslash of the visible form, so it reads the same once rendered.
    const slash = f === 'markdown' ? '\\\\' : '\\';
    for (const c of ['202e', '202c', '2066', '2069', '200b', 'feff', '9b']) expect(out).toContain(`${slash}u{${c}}`);
  });

  it('an escaped payload is still the same text: the visible form of every invisible character, and nothing dropped', () => {
    const md = outputs['markdown en']!;
    expect(md).toContain('abc\\\\u{202e}fed\\\\u{202c} \\\\u{2066}iso\\\\u{2069} zero\\\\u{200b}width \\\\u{feff}bom');
    expect(PAYLOAD).toContain('\u202E');
  });
});

describe('[S4] issue 16: the HTML report carries a strict Content-Security-Policy', () => {
  it('as the first element of <head> after the charset: no script, no request, no base, no form', () => {
    const html = renderReport(evaluate(countySnapshot()), { format: 'html' });
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>')).split('\n');
    expect(head.slice(0, 3)).toEqual([
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    ]);
    // The page itself needs nothing the policy forbids: no script, no external resource, no inline event handler.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<form|<base|\son[a-z]+=|src=|url\(/i);
  });
});

describe('[S4] issue 16: a polluted Object.prototype is never read as evaluation data', () => {
  const KEYS = ['ruleCounts', 'coverage', 'indicatorPlaces', 'rounding'] as const;
  afterEach(() => {
    for (const k of KEYS) delete (Object.prototype as Record<string, unknown>)[k];
  });

  it('inherited ruleCounts, coverage and options do not change the report', () => {
    const e = evaluate({ asOf: '2024-12-31', units: [] });
    const clean = FORMATS.map((f) => render(e, f));
    Object.assign(Object.prototype, {
      ruleCounts: { subjectLimit: 5, townships: [], rules: [] },
      indicatorPlaces: 5,
      rounding: 'half_even',
    });
    // The evaluation's own data, as a caller holds it (options has no indicatorPlaces of its own).
    expect(FORMATS.map((f) => render(e, f))).toEqual(clean);
  });
});
