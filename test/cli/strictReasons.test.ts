/** `check --strict` says why it fails when no binding requirement does: advisories, missing data, incomplete data. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './_io';

describe('check --strict names its reasons', () => {
  it('one village given as the county: exit 1, and the incomplete data is said, with the first absent codes', async () => {
    const d = mkdtempSync(join(tmpdir(), 'lcp-strict-'));
    writeFileSync(join(d, 'a.json'), JSON.stringify({ asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', legalAdvisers: 1 }] }));
    const r = await runCli(['check', 'a.json', '--strict', '--rules', 'p3-12-legal-adviser'], { cwd: d });
    expect(r.code).toBe(1);
    // 77 registered, 1 reported: 76 absent, the first five in code order (章凤镇's two communities, then its villages).
    expect(r.stdout).toContain(
      '✖ --strict：数据不完整，登记在册的77个村（社区）中已报送1个，76个未报送（533124101001、533124101002、533124101202、533124101203、533124101204 …）',
    );
    const en = await runCli(['check', 'a.json', '--strict', '--rules', 'p3-12-legal-adviser', '--locale', 'en'], { cwd: d });
    expect(en.stdout).toContain('✖ --strict: incomplete data: 1 of 77 registered village-level units reported, 76 absent');
    // Without --strict nothing fails and no reason is printed.
    const plain = await runCli(['check', 'a.json', '--rules', 'p3-12-legal-adviser'], { cwd: d });
    expect([plain.code, plain.stdout.includes('--strict')]).toEqual([0, false]);
  });
});
