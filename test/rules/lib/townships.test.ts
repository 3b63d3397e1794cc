/**
 * Direct tests of src/rules/_lib/townships.ts: `townshipSubjects` (which township-level units a snapshot reports on,
 * sorted by code, remembered per snapshot until its region or township records change) and `kindWords`.
 * Expected lists are written out by hand from Longchuan's registry (the plan's “9个乡镇、1个农场”: codes 101–104 镇,
 * 201 民族乡, 202–205 乡, 400 农场). Every result is computed inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { kindWords, townshipSubjects } from '../../../src/rules/_lib/townships';
import type { Snapshot } from '../../../src/snapshot/snapshotSchema';
import { snap } from '../_helpers';

/** Longchuan's ten township-level units with their kinds, by code. */
const LONGCHUAN: [string, string][] = [
  ['533124101', 'town'],
  ['533124102', 'town'],
  ['533124103', 'town'],
  ['533124104', 'town'],
  ['533124201', 'ethnic_township'],
  ['533124202', 'township'],
  ['533124203', 'township'],
  ['533124204', 'township'],
  ['533124205', 'township'],
  ['533124400', 'farm'],
];

/** The subjects of Longchuan's ten with no records. */
function bare() {
  return LONGCHUAN.map(([code, kind]) => ({ code, kind, record: undefined }));
}

/** A validated snapshot, copied so that a test may replace its region or records afterwards. */
function mutable(rest: Record<string, unknown> = {}): { -readonly [K in keyof Snapshot]: Snapshot[K] } {
  return { ...snap('2024-12-31', rest) };
}

describe('townshipSubjects: which units', () => {
  it("gives Longchuan's ten, sorted by code, with their registry kinds, when the snapshot names no region", () => {
    expect(townshipSubjects(snap('2024-12-31'))).toEqual(bare());
  });

  it("gives Longchuan's ten for region '533124' and for all China (''), the only registry units", () => {
    expect(townshipSubjects(snap('2024-12-31', { regionCode: '533124' }))).toEqual(bare());
    expect(townshipSubjects(snap('2024-12-31', { regionCode: '' }))).toEqual(bare());
  });

  it('gives none of the registry units for another county, only its records (kind from the record)', () => {
    const s = snap('2024-12-31', { regionCode: '533103', townships: [{ code: '533103001', kind: 'town', hasSocialWorkStation: true }] });
    expect(townshipSubjects(s)).toEqual([{ code: '533103001', kind: 'town', record: { code: '533103001', kind: 'town', hasSocialWorkStation: true } }]);
  });

  it('gives an empty list for another county with no records', () => {
    expect(townshipSubjects(snap('2024-12-31', { regionCode: '533103' }))).toEqual([]);
  });

  it('attaches a record to its registry unit once, keeping the registry kind over the record kind', () => {
    const rec = { code: '533124400', kind: 'town', hasMinorProtectionStation: false };
    const got = townshipSubjects(snap('2024-12-31', { townships: [rec] }));
    expect(got).toHaveLength(10);
    expect(got[9]).toEqual({ code: '533124400', kind: 'farm', record: rec });
    expect(got.slice(0, 9)).toEqual(bare().slice(0, 9));
  });

  it('merges records of other counties in a prefecture region into code order, whatever order they come in', () => {
    // Region 5331 (德宏州) holds Longchuan's ten; records of 533103 (芒市) and 533122 (梁河县) sort before them,
    // one of 533125 (盈江县) after; they are given out of order.
    const r1 = { code: '533125001', kind: 'town' };
    const r2 = { code: '533122001' };
    const r3 = { code: '533103002', kind: 'farm' };
    const r4 = { code: '533103001', kind: 'township' };
    const own = { code: '533124203', hasSocialWorkStation: true };
    const got = townshipSubjects(snap('2024-12-31', { regionCode: '5331', townships: [r1, r2, own, r3, r4] }));
    const want = [
      { code: '533103001', kind: 'township', record: r4 },
      { code: '533103002', kind: 'farm', record: r3 },
      { code: '533122001', kind: undefined, record: r2 },
      ...bare().map((t) => (t.code === '533124203' ? { ...t, record: own } : t)),
      { code: '533125001', kind: 'town', record: r1 },
    ];
    expect(got).toEqual(want);
    expect(got[2]).toHaveProperty('kind', undefined);
  });

  it('sorts a long list (more than 64 subjects, where the sort merges runs) into code order', () => {
    // Yunnan (region 53): Longchuan's ten plus 100 records of 芒市 (533103001…533103100), given in a scrambled
    // order (37 × i mod 100, a permutation of 0…99 since 37 and 100 are coprime); 110 subjects in all.
    const records = Array.from({ length: 100 }, (_, i) => ({ code: `533103${String(((37 * i) % 100) + 1).padStart(3, '0')}` }));
    const got = townshipSubjects(snap('2024-12-31', { regionCode: '53', townships: records }));
    // Expected, built in ascending order directly: 533103001 … 533103100, then Longchuan's ten (533124… > 533103…).
    const want = [...Array.from({ length: 100 }, (_, i) => `533103${String(i + 1).padStart(3, '0')}`), ...LONGCHUAN.map(([code]) => code)];
    expect(got.map((t) => t.code)).toEqual(want);
  });

  it('gives a frozen list', () => {
    expect(Object.isFrozen(townshipSubjects(snap('2024-12-31')))).toBe(true);
  });
});

describe('townshipSubjects: worked out afresh on each call (no stale list after a change in place)', () => {
  it('gives equal lists for two snapshot objects with the same content', () => {
    expect(townshipSubjects(snap('2024-12-31'))).toEqual(townshipSubjects(snap('2024-12-31')));
  });

  it('follows a record replaced in place in the same list (same array, same length)', () => {
    const s = mutable({ townships: [{ code: '533124101', hasSocialWorkStation: false }] });
    expect(townshipSubjects(s)[0]?.record).toEqual({ code: '533124101', hasSocialWorkStation: false });
    (s.townships as unknown as object[])[0] = { code: '533124101', hasSocialWorkStation: true };
    expect(townshipSubjects(s)[0]?.record).toEqual({ code: '533124101', hasSocialWorkStation: true });
  });

  it('follows the region when it is replaced', () => {
    const s = mutable();
    expect(townshipSubjects(s)).toHaveLength(10);
    s.regionCode = '533103';
    expect(townshipSubjects(s)).toEqual([]);
    // And back: the default region is Longchuan again.
    s.regionCode = undefined;
    expect(townshipSubjects(s)).toEqual(bare());
  });

  it('follows the township records when they are replaced by another list', () => {
    const s = mutable({ townships: [{ code: '533124101', hasSocialWorkStation: true }] });
    expect(townshipSubjects(s)[0]?.record).toEqual({ code: '533124101', hasSocialWorkStation: true });
    s.townships = [{ code: '533124101', hasSocialWorkStation: false }];
    expect(townshipSubjects(s)[0]?.record).toEqual({ code: '533124101', hasSocialWorkStation: false });
  });

  it('follows a record added to the same list', () => {
    const records: { code: string; kind?: 'town' }[] = [{ code: '533124101' }];
    const s = mutable({ regionCode: '53' });
    s.townships = records as Snapshot['townships'];
    expect(townshipSubjects(s)).toHaveLength(10);
    records.push({ code: '533103001', kind: 'town' });
    const got = townshipSubjects(s);
    expect(got).toHaveLength(11);
    expect(got[0]).toEqual({ code: '533103001', kind: 'town', record: { code: '533103001', kind: 'town' } });
  });

  it('follows records added to a snapshot that had none', () => {
    const s = mutable();
    expect(townshipSubjects(s)[0]?.record).toBeUndefined();
    s.townships = [{ code: '533124101', hasMinorProtectionStation: true }];
    expect(townshipSubjects(s)[0]?.record).toEqual({ code: '533124101', hasMinorProtectionStation: true });
  });
});

describe('kindWords', () => {
  it('words each kind in both languages', () => {
    expect(kindWords('farm')).toEqual({ zh: '农场', en: 'state farm' });
    expect(kindWords('town')).toEqual({ zh: '镇', en: 'town' });
    expect(kindWords('ethnic_township')).toEqual({ zh: '民族乡', en: 'ethnic township' });
    expect(kindWords('township')).toEqual({ zh: '乡', en: 'township' });
  });

  it('words an unknown kind as a township-level unit', () => {
    expect(kindWords(undefined)).toEqual({ zh: '乡级单位', en: 'township-level unit' });
  });
});
