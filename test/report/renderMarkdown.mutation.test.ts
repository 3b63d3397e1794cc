import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { hostileSnapshot } from './_fixtures';
import {
  emptyEvaluation,
  issueOnly,
  nothingMissing,
  outletSnapshot,
  outletWithoutActual,
  rejectedOnly,
  noGridMemberUnit,
} from './_renderCases';

/** The Markdown from the `## heading` line up to (not including) the next `## ` heading. */
function section(md: string, heading: string): string {
  const start = md.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = md.indexOf('\n## ', start + 1);
  return md.slice(start + 1, end < 0 ? undefined : end + 1);
}

describe('[S4] renderMarkdown: layout of small hand-made evaluations', () => {
  it('is in Chinese when no option is given', () => {
    const md = renderMarkdown(emptyEvaluation());
    expect(md.split('\n')[0]).toBe('# 陇川县“十四五”城乡社区服务体系建设规划');
    expect(md).toContain('- **未达标最多的条款**：无\n');
  });

  it('an evaluation with no township, no failing rule: one sentence each instead of a table', () => {
    const md = renderMarkdown(emptyEvaluation(), { locale: 'en' });
    expect(md).toContain('- **Clauses failed most often**: none\n');
    expect(section(md, 'Indicators by township')).toBe('## Indicators by township\n\nThis evaluation has no township-level results.\n\n');
    expect(section(md, 'Failing, advisory and pending requirements, by chapter of the plan')).toBe(
      '## Failing, advisory and pending requirements, by chapter of the plan\n\nNo requirement fails, is advisory or is pending.\n\n',
    );
  });

  it('[S2] a failing record: a chapter without subsection heading, the subject shown by its ID alone', () => {
    const md = renderMarkdown(evaluate(outletSnapshot()), { locale: 'en' });
    // One failure of S2 (label "Safeguard 2") → "S2 Safeguard 2 (1 failing)".
    expect(md).toContain('- **Clauses failed most often**: S2 Safeguard 2 (1 failing)\n');
    expect(section(md, 'Failing, advisory and pending requirements, by chapter of the plan')).toBe(
      [
        '## Failing, advisory and pending requirements, by chapter of the plan',
        '',
        '### 4. Safeguards',
        '',
        '##### S2 Safeguard 2: Put support policies into effect',
        '',
        '| Result | Subject | Actual | Required | Message |',
        '| --- | --- | --- | --- | --- |',
        '| **fail** | OUT-1 | water | none | OUT-1: non-residential price for water |',
        '',
        '',
      ].join('\n'),
    );
  });

  it('two failing clauses are listed most failures first, ties by clause ID (S2 before T10); the T3 advisory is not', () => {
    const md = renderMarkdown(evaluate({ ...outletSnapshot(), units: [noGridMemberUnit] }), { locale: 'en' });
    expect(md).toContain('- **Clauses failed most often**: S2 Safeguard 2 (1 failing), T10 Key task 10 (1 failing)\n');
  });

  it('a result without actual value shows "—", an empty message an empty cell', () => {
    const md = renderMarkdown(outletWithoutActual(), { locale: 'en' });
    // An empty cell is written as one space between the cell padding: "|" + " " + " " + " " + "|".
    expect(md).toContain('\n| **fail** | OUT-1 | — | none |   |\n');
  });

  it('a summary evaluation: the counted row has no required value, shown "—"', () => {
    const md = renderMarkdown(evaluate({ asOf: '2024-12-31', units: [noGridMemberUnit] }, { detail: 'summary' }), { locale: 'en' });
    // One unit fails T10 and is an advisory of T3: the county rows count it (actual "1"), with nothing in "Required";
    // the failure in bold, the advisory not.
    expect(md).toContain('\n| **fail** | Longchuan County (533124) | 1 | — | ');
    expect(md).toContain('\n| advisory | Longchuan County (533124) | 1 | — | ');
  });

  it('the tracked actions past due get a bold heading and a three-column table', () => {
    const md = renderMarkdown(evaluate(hostileSnapshot()), { locale: 'en' });
    expect(section(md, 'Tracked actions')).toContain(
      '\n\n**Past due and not done**\n\n| Clause | Due | Message |\n| --- | --- | --- |\n| P3.4 | 2025-12-31 | ',
    );
  });

  it('missing data: rejected units only — their table, index right-aligned, "—" for an unreadable code', () => {
    const md = renderMarkdown(rejectedOnly(), { locale: 'en' });
    const s = section(md, 'Missing data and data that failed validation');
    expect(s.slice(0, s.indexOf('\n---\n'))).toBe(
      [
        '## Missing data and data that failed validation',
        '',
        '2 units received, 0 evaluated.',
        '',
        '**Units that failed validation**',
        '',
        '| Index | Code |',
        '| ---: | --- |',
        '| 0 | 533124101201 |',
        '| 1 | — |',
        '',
      ].join('\n'),
    );
  });

  it('missing data: issues only — their table, escaped', () => {
    const md = renderMarkdown(issueOnly(), { locale: 'en' });
    const s = section(md, 'Missing data and data that failed validation');
    expect(s.slice(0, s.indexOf('\n---\n'))).toBe(
      [
        '## Missing data and data that failed validation',
        '',
        '0 units received, 0 evaluated.',
        '',
        '**Problems in the data**',
        '',
        '| Path | Problem |',
        '| --- | --- |',
        // `[`, `]`, `_` and `|` are backslash-escaped; `"` is not.
        '| records.serviceOutlets\\[0\\].id | expected an ID of 1–64 letters, digits or .\\_:/- characters (no spaces), got "OUT\\|1" |',
        '',
      ].join('\n'),
    );
  });

  it('missing data: nothing missing, rejected or wrong — one sentence', () => {
    const md = renderMarkdown(nothingMissing(), { locale: 'en' });
    expect(md).toContain('\n## Missing data and data that failed validation\n\n0 units received, 0 evaluated.\n\nNo data was missing or failed validation.\n\n---\n');
  });
});
