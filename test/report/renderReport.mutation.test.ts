// Mutation tests of renderReport's option checks: each error is asserted whole (code, path, both messages).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { renderReport } from '../../src/report';
import { planErrorOf } from '../_thrown';

const small = () => evaluate({ asOf: '2024-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] });

/** The error thrown by `f`, as a plain object. */

describe('renderReport (mutation)', () => {
  it('rejects an unknown format by name', () => {
    expect(planErrorOf(() => renderReport(small(), { format: 'pdf' as never, locale: 'en' }))).toEqual({
      code: 'invalid_option',
      path: ['format'],
      messageZh: '报告格式应为 text、markdown 或 html，实际为pdf',
      messageEn: 'format must be text, markdown or html, got pdf',
    });
  });

  it('rejects a format that is not a string, and missing options, as a bad format', () => {
    expect(planErrorOf(() => renderReport(small(), { format: 42 as never }))).toEqual({
      code: 'invalid_option',
      path: ['format'],
      messageZh: '报告格式应为 text、markdown 或 html，实际为42',
      messageEn: 'format must be text, markdown or html, got 42',
    });
    // Called from JavaScript without options: a PlanInputError, not a TypeError.
    expect(planErrorOf(() => renderReport(small(), undefined as never))).toEqual({
      code: 'invalid_option',
      path: ['format'],
      messageZh: '报告格式应为 text、markdown 或 html，实际为undefined',
      messageEn: 'format must be text, markdown or html, got undefined',
    });
  });

  it('rejects an unknown locale, or one that is not a string', () => {
    expect(planErrorOf(() => renderReport(small(), { format: 'text', locale: 'fr' as never }))).toEqual({
      code: 'invalid_option',
      path: ['locale'],
      messageZh: '语言应为 zh-CN 或 en，实际为fr',
      messageEn: 'locale must be zh-CN or en, got fr',
    });
    expect(planErrorOf(() => renderReport(small(), { format: 'html', locale: 7 as never }))).toEqual({
      code: 'invalid_option',
      path: ['locale'],
      messageZh: '语言应为 zh-CN 或 en，实际为7',
      messageEn: 'locale must be zh-CN or en, got 7',
    });
  });

  it('colours the text report only when color is true', () => {
    const e = small();
    expect(renderReport(e, { format: 'text', locale: 'en', color: true })).toContain('\u001b[');
    expect(renderReport(e, { format: 'text', locale: 'en', color: 'yes' as never })).not.toContain('\u001b[');
    expect(renderReport(e, { format: 'text', locale: 'en' })).not.toContain('\u001b[');
  });
});
