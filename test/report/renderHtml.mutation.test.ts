import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { renderHtml } from '../../src/report/renderHtml';
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

/** The HTML of `<section id="…">` up to and including its `</section>`. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  if (start < 0) throw new Error(`no section ${id}`);
  return html.slice(start, html.indexOf('</section>', start) + '</section>'.length);
}

describe('[S4] renderHtml: layout of small hand-made evaluations', () => {
  it('is in Chinese when no option is given', () => {
    expect(renderHtml(emptyEvaluation()).startsWith('<!doctype html>\n<html lang="zh-CN">\n')).toBe(true);
  });

  it('an evaluation with no township, no failing rule: one paragraph each instead of a table', () => {
    const html = renderHtml(emptyEvaluation(), { locale: 'en' });
    expect(html).toContain('<div class="card"><h3>Clauses failed most often</h3><p class="muted">none</p></div>');
    expect(section(html, 'townships')).toBe(
      '<section id="townships" aria-labelledby="townships-h"><h2 id="townships-h">Indicators by township</h2>\n' +
        '<p>This evaluation has no township-level results.</p>\n</section>',
    );
    expect(section(html, 'rules')).toBe(
      '<section id="rules" aria-labelledby="rules-h"><h2 id="rules-h">Failing, advisory and pending requirements, by chapter of the plan</h2>\n' +
        '<p>No requirement fails, is advisory or is pending.</p>\n</section>',
    );
  });

  it('two failing clauses: one badge each, most failures first, ties by clause ID (S2 before T10); the T3 advisory has none', () => {
    const html = renderHtml(evaluate({ ...outletSnapshot(), units: [noGridMemberUnit] }), { locale: 'en' });
    expect(html).toContain(
      '<div class="card"><h3>Clauses failed most often</h3><ul>' +
        '<li><span class="badge s-fail">S2 Safeguard 2 (1 failing)</span></li>' +
        '<li><span class="badge s-fail">T10 Key task 10 (1 failing)</span></li></ul></div>',
    );
    // The T3 advisory is listed with the rules, under its own badge.
    expect(html).toContain('<tr><td><span class="badge s-advisory">advisory</span></td><td>章凤村 <span class="code">533124101201</span></td>');
  });

  it('[S2] a failing record: a chapter without subsection heading, the subject shown by its ID alone', () => {
    const html = renderHtml(evaluate(outletSnapshot()), { locale: 'en' });
    expect(section(html, 'rules')).toBe(
      '<section id="rules" aria-labelledby="rules-h"><h2 id="rules-h">Failing, advisory and pending requirements, by chapter of the plan</h2>\n' +
        '<h3>4. Safeguards</h3>\n' +
        '<div class="table-wrap"><table><caption><span class="code">S2</span> Safeguard 2: Put support policies into effect</caption>' +
        '<thead><tr><th scope="col">Result</th><th scope="col">Subject</th><th scope="col" class="num">Actual</th>' +
        '<th scope="col" class="num">Required</th><th scope="col">Message</th></tr></thead><tbody>\n' +
        '<tr><td><span class="badge s-fail">fail</span></td><td><span class="code">OUT-1</span></td><td class="num">water</td>' +
        '<td class="num">none</td><td class="msg">OUT-1: non-residential price for water</td></tr>\n' +
        '</tbody></table></div>\n</section>',
    );
  });

  it('a result without actual value shows "—"', () => {
    const html = renderHtml(outletWithoutActual(), { locale: 'en' });
    expect(html).toContain('<td><span class="code">OUT-1</span></td><td class="num">—</td><td class="num">none</td><td class="msg"></td></tr>');
  });

  it('a summary evaluation: the counted row has no required value, shown "—"', () => {
    const html = renderHtml(evaluate({ asOf: '2024-12-31', units: [noGridMemberUnit] }, { detail: 'summary' }), { locale: 'en' });
    // One unit fails T10: the county row counts it (actual "1"), with nothing in "Required".
    expect(html).toContain('<tr><td><span class="badge s-fail">fail</span></td><td>Longchuan County <span class="code">533124</span></td><td class="num">1</td><td class="num">—</td>');
    expect(html).toContain('<td>Longchuan County <span class="code">533124</span></td><td class="num">1</td><td class="num">—</td>');
  });

  it('the tracked actions past due: a captioned table with three column headers', () => {
    const html = renderHtml(evaluate(hostileSnapshot()), { locale: 'en' });
    expect(section(html, 'actions')).toContain(
      '<div class="table-wrap"><table><caption>Past due and not done</caption>' +
        '<thead><tr><th scope="col">Clause</th><th scope="col">Due</th><th scope="col">Message</th></tr></thead><tbody>\n' +
        '<tr><td class="code">P3.4</td><td class="num">2025-12-31</td><td class="msg">',
    );
  });

  it('missing data: rejected units only — a narrow table, index right-aligned, "—" for an unreadable code', () => {
    expect(section(renderHtml(rejectedOnly(), { locale: 'en' }), 'missing')).toBe(
      '<section id="missing" aria-labelledby="missing-h"><h2 id="missing-h">Missing data and data that failed validation</h2>\n' +
        '<p>2 units received, 0 evaluated.</p>\n' +
        '<div class="table-wrap narrow"><table><caption>Units that failed validation</caption>' +
        '<thead><tr><th scope="col" class="num">Index</th><th scope="col">Code</th></tr></thead><tbody>\n' +
        '<tr><td class="num">0</td><td class="code">533124101201</td></tr>\n' +
        '<tr><td class="num">1</td><td class="code">—</td></tr>\n' +
        '</tbody></table></div>\n</section>',
    );
  });

  it('missing data: issues only — a full-width table, escaped', () => {
    expect(section(renderHtml(issueOnly(), { locale: 'en' }), 'missing')).toBe(
      '<section id="missing" aria-labelledby="missing-h"><h2 id="missing-h">Missing data and data that failed validation</h2>\n' +
        '<p>0 units received, 0 evaluated.</p>\n' +
        '<div class="table-wrap"><table><caption>Problems in the data</caption>' +
        '<thead><tr><th scope="col">Path</th><th scope="col">Problem</th></tr></thead><tbody>\n' +
        // `"` becomes &quot;; the pipe needs no escape in HTML.
        '<tr><td class="code">records.serviceOutlets[0].id</td>' +
        '<td class="msg">expected an ID of 1–64 letters, digits or ._:/- characters (no spaces), got &quot;OUT|1&quot;</td></tr>\n' +
        '</tbody></table></div>\n</section>',
    );
  });

  it('missing data: nothing missing, rejected or wrong — one paragraph', () => {
    expect(section(renderHtml(nothingMissing(), { locale: 'en' }), 'missing')).toBe(
      '<section id="missing" aria-labelledby="missing-h"><h2 id="missing-h">Missing data and data that failed validation</h2>\n' +
        '<p>0 units received, 0 evaluated.</p>\n<p>No data was missing or failed validation.</p>\n</section>',
    );
  });
});
