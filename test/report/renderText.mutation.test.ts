import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import type { Evaluation } from '../../src/evaluate/Evaluation';
import { renderText } from '../../src/report/renderText';
import { hostileSnapshot } from './_fixtures';

// ANSI SGR codes, each switched off by its own reset: bold 1/22, dim 2/22, red 31/39, green 32/39, yellow 33/39, cyan 36/39.
const bold = (s: string) => `\u001b[1m${s}\u001b[22m`;
const dim = (s: string) => `\u001b[2m${s}\u001b[22m`;
const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
const green = (s: string) => `\u001b[32m${s}\u001b[39m`;
const yellow = (s: string) => `\u001b[33m${s}\u001b[39m`;
const cyan = (s: string) => `\u001b[36m${s}\u001b[39m`;

/**
 * Hostile snapshot on 2025-12-31: one unit kept (章凤村, with a facility), one rejected, P3.4 in progress and past due.
 * Its figures are those of the unit given (scope 'units'), not the county's: the report says so before any figure.
 */
const hostile = (): Evaluation => evaluate(hostileSnapshot(), { scope: 'units' });

/** The lines from the one that is `from` up to (not including) the one that is `to`. */
function between(lines: readonly string[], from: string, to: string): string[] {
  const a = lines.indexOf(from);
  const b = lines.indexOf(to, a + 1);
  expect(a).toBeGreaterThanOrEqual(0);
  expect(b).toBeGreaterThan(a);
  return lines.slice(a, b);
}

const FOOTER = [
  'Data source: the data reported (as of 2025-12-31); targets and baselines from Panel 1 of the plan.',
  'Computed by longchuan-community-plan from the supplied data.',
  '',
];

describe('[S4] renderText: colour', () => {
  it('sends no escape code unless color is true', () => {
    const e = hostile();
    expect(renderText(e)).not.toContain('\u001b');
    expect(renderText(e, { locale: 'en', color: false })).not.toContain('\u001b');
    expect(renderText(e, { locale: 'en', color: true })).toContain('\u001b');
  });

  it('defaults to Chinese', () => {
    expect(renderText(hostile()).split('\n')[0]).toBe('陇川县“十四五”城乡社区服务体系建设规划');
  });

  it('colours the header, the summary counts by status, and the township table (county in bold, no data dim)', () => {
    const l = renderText(hostile(), { locale: 'en', color: true }).split('\n');
    expect(l.slice(0, 3)).toEqual([
      bold('Longchuan County 14th Five-Year Plan for the Urban and Rural Community Service System'),
      bold('Plan implementation report'),
      '='.repeat(85), // the English title is 85 ASCII characters
    ]);
    expect(l[4]).toBe('Region: the 1 unit given (533124)');
    expect(l.slice(6, 16)).toEqual([
      '',
      // The scope, before any figure; complete (nothing expected beyond the unit given), so not in the warning colour.
      'Scope: the 1 village-level unit given. The figures below describe that unit only, not the county.',
      '',
      bold('Summary'),
      '-------',
      `Main indicators: ${green('achieved')} 1, ${cyan('on track')} 0, ${yellow('behind')} 0, ${red('not achieved')} 0, ${dim('missing data')} 6`,
      // Advisories (提示) counted apart from the binding failures, in the warning colour. Missing data 67 with the
      // county rule [T11] t11-training-coverage (no cadre counts given) among them.
      `Rule results: ${green('pass')} 0, ${red('fail')} 0, ${yellow('advisory')} 0, ${yellow('pending')} 0, ${dim('not applicable')} 6, ${dim('missing data')} 67`,
      // 'not reported' has no colour of its own: dim.
      `Tracked actions: ${yellow('not started')} 0, ${cyan('in progress')} 1, ${green('done')} 0, ${dim('not reported')} 90`,
      // No rule fails.
      'Clauses failed most often: none',
      '',
    ]);
    // Township table: columns 2 apart; 章凤镇 is 6 columns under 'Township' (8); the value cells are right-aligned,
    // the colour codes added after padding. The total row is bold and, under scope 'units', says what it totals:
    // 'the 1 unit given' (16 columns wide, so the first column is 16), never 'County'. Cells without data dim.
    // The indicator columns are headed by clause, then the short name wrapped at 12 columns, right-aligned like their
    // values: 'P1.1' / 'Rural' / 'facilities'; 'P1.4' / 'Area per 100' / 'households', widened to 12 by 'missing data'.
    // P1.7: 章凤镇 has no community (n/a), and under scope 'units' the total is over the units' own residents (the
    // county's 城镇常住人口 does not describe the units given), none urban: n/a too; 'Workers per' (11) sets the width.
    const head = 'Township          Code             P1.1        P1.2        P1.3          P1.4          P1.5          P1.6         P1.7';
    expect(between(l, head, '')).toEqual([
      head,
      '                                  Rural       Urban  Commercial  Area per 100      Activity  Self-service  Workers per',
      '                             facilities  facilities  area share    households    area share                     10,000',
      '----------------  ---------  ----------  ----------  ----------  ------------  ------------  ------------  -----------',
      `章凤镇            533124101     ${green('100.0 ✓')}         ${dim('n/a')}         ${dim('n/a')}       ${dim('missing')}       ${dim('missing')}           ${dim('n/a')}          ${dim('n/a')}`,
      `${bold('the 1 unit given')}  533124        ${green('100.0 ✓')}         ${dim('n/a')}         ${dim('n/a')}  ${dim('missing data')}  ${dim('missing data')}           ${dim('n/a')}          ${dim('n/a')}`,
    ]);
    // Headline: a value shown is coloured by its status, a missing one dim, as is the status 'missing data'. The value
    // column is as wide as 'missing data' (12), and so is the status column.
    const p12 = l.find((s) => s.startsWith('P1.2'));
    expect(p12).toBe(
      `P1.2    Coverage rate of urban community      %                     100           ${dim('n/a')}         100.0          100  ${dim('missing data')}  -`,
    );
    expect(l.find((s) => s.startsWith('P1.1'))).toBe(
      `P1.1    Coverage rate of rural community      %                      60         ${green('100.0')}          80.0           80  ${green('achieved')}      0 villages`,
    );
  });

  it('shows the rules, actions past due and data problems, coloured, wrapped at their column limits', () => {
    const l = renderText(hostile(), { locale: 'en', color: true }).split('\n');
    const rules = bold('Failing, advisory and pending requirements, by chapter of the plan');
    expect(between(l, rules, bold('Missing data and data that failed validation'))).toEqual([
      rules,
      '-'.repeat(66),
      'No requirement fails, is advisory or is pending.',
      '',
      bold('Tracked actions'),
      '---------------',
      `${yellow('not started')} 0, ${cyan('in progress')} 1, ${green('done')} 0, ${dim('not reported')} 90`,
      '',
      'Past due and not done:',
      // The message (117 columns) wraps at 72: the first line is 68 columns, and ' (since' would make it 75.
      '  Clause  Due         Message',
      `  ------  ----------  ${'-'.repeat(68)}`,
      `  P3.4    2025-12-31  ${red('Government purchase of community mental-health services: in progress')}`,
      `                      ${red('(since 2023-01-01), past its due date 2025-12-31')}`,
      '',
    ]);
    const rejected = l.indexOf('Units that failed validation:');
    expect(l[rejected - 1]).toBe('');
    expect(l.slice(rejected)).toEqual([
      'Units that failed validation:',
      // Index right-aligned under 'Index' (5 columns).
      '  Index  Code',
      '  -----  ------------',
      '      1  533124101202',
      '',
      'Problems in the data:',
      // The problem wraps at 72: the first line is 66 columns, and ' <img…"' would make it 73.
      '  Path                         Problem',
      `  ---------------------------  ${'-'.repeat(66)}`,
      `  units[1].hasServiceFacility  ${red(`expected true or false, got "<script>alert(\\"x\\")</script> & 'q' |`)}`,
      `                               ${red('<img…"')}`,
      '',
      ...FOOTER,
    ]);
  });

  it('groups rules by chapter and subsection, indenting clauses of a subsection deeper', () => {
    const e = structuredClone(hostile()) as { -readonly [K in keyof Evaluation]: Evaluation[K] } & { rules: unknown[] };
    // B1 (background) has no subsection; T3 is in (1) of the key tasks. 'rec-1' is no unit code, so it has no name.
    // A binding T3 rule's fail (red, 'fail') and a soft one's (the advisory, yellow, 'advisory').
    e.rules.push(
      { ruleId: 'b1-one-shoulder-trend', clause: 'B1', subject: 'rec-1', status: 'pending', severity: 'informational', actual: null, expected: null, message: { zh: '[B1] 以后', en: '[B1] later' }, missing: [], gap: null },
      { ruleId: 't3-satisfaction-survey', clause: 'T3', subject: '533124101201', status: 'fail', severity: 'binding', actual: '7h', expected: '≥8h', message: { zh: '[T3] 少', en: '[T3] too few hours' }, missing: [], gap: null },
      { ruleId: 't3-opening-hours', clause: 'T3', subject: '533124101202', status: 'fail', severity: 'soft', actual: '7h', expected: '≥8h', message: { zh: '[T3] 少', en: '[T3] a little short' }, missing: [], gap: null },
    );
    const l = renderText(e as Evaluation, { locale: 'en', color: true }).split('\n');
    const rules = bold('Failing, advisory and pending requirements, by chapter of the plan');
    expect(between(l, rules, bold('Tracked actions'))).toEqual([
      rules,
      '-'.repeat(66),
      '',
      bold('1. Development foundation'),
      '  [B1] Background, paragraph 1: Progress during the 13th Five-Year Plan period',
      '    Result   Subject  Actual  Required  Message',
      '    -------  -------  ------  --------  -------',
      `    ${yellow('pending')}  rec-1    -       -         later`,
      '',
      '',
      bold('3. Key tasks'),
      `  ${bold('(1) Improve Party-building-led mechanisms for urban and rural community services')}`,
      '    [T3] Key task 3: Reform and innovate service mechanisms',
      // '章凤村 (533124101201)' is 3 × 2 + 15 = 21 columns; 'advisory' (8) is wider than 'Result' (6); 'a little
      // short' (14) is the widest message.
      '      Result    Subject                Actual  Required  Message',
      '      --------  ---------------------  ------  --------  --------------',
      `      ${red('fail')}      章凤村 (533124101201)  7h      ≥8h       too few hours`,
      `      ${yellow('advisory')}  芒弄村 (533124101202)  7h      ≥8h       a little short`,
      '',
      '',
    ]);
  });
});

describe('[S4] renderText: missing and rejected data', () => {
  type Mutable = { summary: { missingData: unknown[] }; input: { rejected: unknown[]; issues: unknown[] } };
  /** The missing-data section of the hostile evaluation with its three lists replaced. */
  const missingSection = (f: (e: Mutable) => void): string[] => {
    const e = structuredClone(hostile());
    f(e as unknown as Mutable);
    const l = renderText(e, { locale: 'en' }).split('\n');
    return l.slice(l.indexOf('Missing data and data that failed validation'));
  };
  const HEAD = ['Missing data and data that failed validation', '-'.repeat(44), '2 units received, 1 evaluated.'];

  it('says that nothing is missing when no field is missing and nothing was rejected or wrong', () => {
    const out = missingSection((e) => {
      e.summary.missingData = [];
      e.input.rejected = [];
      e.input.issues = [];
    });
    expect(out).toEqual([...HEAD, 'No data was missing or failed validation.', '', ...FOOTER]);
  });

  it('lists only the rejected units when nothing else is missing; a unit without a code shows -', () => {
    const out = missingSection((e) => {
      e.summary.missingData = [];
      e.input.rejected = [{ index: 0 }];
      e.input.issues = [];
    });
    expect(out).toEqual([...HEAD, '', 'Units that failed validation:', '  Index  Code', '  -----  ----', '      0  -', '', ...FOOTER]);
  });

  it('lists only the problems when nothing else is missing', () => {
    const out = missingSection((e) => {
      e.summary.missingData = [];
      e.input.rejected = [];
    });
    expect(out.slice(0, 6)).toEqual([...HEAD, '', 'Problems in the data:', '  Path                         Problem']);
  });

  it('lists only the missing fields when nothing was rejected or wrong', () => {
    const out = missingSection((e) => {
      e.summary.missingData = [{ field: 'households', subjects: 12 }];
      e.input.rejected = [];
      e.input.issues = [];
    });
    // 'Subjects' (8) is wider than '12', which is right-aligned under it.
    expect(out).toEqual([...HEAD, '', 'Missing fields:', '  Field       Subjects', '  ----------  --------', '  households        12', '', ...FOOTER]);
  });
});
