/**
 * Direct tests of src/rules/_lib/subject.ts: how a subject leads a message. The labels are written out by hand from the
 * registry (533124101 is 章凤镇, 533124101203 its village 迭撒村, 533124 the county 陇川县). The module keeps the last
 * label made, so the cases call it with subjects in turn and again, to show that no label is handed to another subject.
 */
import { describe, expect, it } from 'vitest';
import { subjectEn, subjectLabel, subjectZh } from '../../../src/rules/_lib/subject';

const CASES: readonly [subject: string, zh: string, en: string][] = [
  ['533124101203', '章凤镇迭撒村（533124101203）', '章凤镇迭撒村 (533124101203)'],
  ['533124101', '章凤镇（533124101）', '章凤镇 (533124101)'],
  ['533124', '陇川县（533124）', '陇川县 (533124)'],
  ['533124:2023', '陇川县（533124）2023年', '陇川县 (533124) 2023'],
  ['533124101:2024', '章凤镇（533124101）2024年', '章凤镇 (533124101) 2024'],
  ['533124101203:2025', '章凤镇迭撒村（533124101203）2025年', '章凤镇迭撒村 (533124101203) 2025'],
  // Not registered, or not `<code>:<year>`: as given.
  ['533199101203', '533199101203', '533199101203'],
  ['533199101203:2025', '533199101203:2025', '533199101203:2025'],
  ['533124:20231', '533124:20231', '533124:20231'],
  ['5331241:2023', '5331241:2023', '5331241:2023'],
  ['533124-2023', '533124-2023', '533124-2023'],
  ['rec-1', 'rec-1', 'rec-1'],
  [':', ':', ':'],
  ['', '', ''],
];

describe('subjectLabel', () => {
  it('names each subject, whatever subject came before it (every pair of cases, in both orders)', () => {
    for (const [a, azh, aen] of CASES) {
      for (const [b, bzh, ben] of CASES) {
        expect([a, subjectLabel(a).zh, subjectLabel(a).en]).toEqual([a, azh, aen]);
        expect([b, subjectZh(b), subjectEn(b)]).toEqual([b, bzh, ben]);
        expect([a, subjectEn(a), subjectZh(a)]).toEqual([a, aen, azh]);
      }
    }
  });

  it('a label handed out cannot be changed under the next caller', () => {
    const label = subjectLabel('533124101203');
    expect(Object.isFrozen(label)).toBe(true);
    expect(() => {
      (label as { zh: string }).zh = 'x';
    }).toThrow(TypeError);
    expect(subjectZh('533124101203')).toBe('章凤镇迭撒村（533124101203）');
  });
});
