/**
 * Private helpers for township-level rules: which township-level units a snapshot covers, with their kind and record.
 *
 * @internal
 * @module
 */
import type { TownshipRecord } from '../../snapshot/ruleData/townshipRecord';
import { LONGCHUAN_CODE, type Snapshot } from '../../snapshot/snapshotSchema';
import type { TownshipKind } from '../../units/types';
import { TOWNSHIPS } from '../../units/units.generated';

/**
 * One township-level unit to report on: its code, kind and record.
 *
 * @internal
 * @clause P3.3
 * @example
 * ```ts
 * const t: TownshipSubject = { code: '533124400', kind: 'farm', record: undefined };
 * ```
 */
export interface TownshipSubject {
  readonly code: string;
  /** From Longchuan's registry, else from the record; `undefined` when neither says. */
  readonly kind: TownshipKind | undefined;
  readonly record: TownshipRecord | undefined;
}

/**
 * The township-level units a snapshot reports on, by code: Longchuan's registry units inside the snapshot's region (all ten by default), plus any other township records given.
 *
 * @internal
 * @clause P3.3
 * @example
 * ```ts
 * townshipSubjects({ asOf: '2024-12-31', units: [] }).length
 * //=> 10
 * ```
 */
export function townshipSubjects(snapshot: Snapshot): readonly TownshipSubject[] {
  // Worked out on every call, never cached per snapshot object: a caller may replace a record in place between two
  // checks, and the list is small (the registry's townships in the region plus the records given).
  return Object.freeze(computeSubjects(snapshot));
}

function computeSubjects(snapshot: Snapshot): TownshipSubject[] {
  const region = snapshot.regionCode ?? LONGCHUAN_CODE;
  const records = new Map<string, TownshipRecord>();
  for (const r of snapshot.townships ?? []) records.set(r.code, r);
  const out: TownshipSubject[] = [];
  const seen = new Set<string>();
  for (const t of TOWNSHIPS) {
    if (!t.code.startsWith(region)) continue;
    seen.add(t.code);
    out.push({ code: t.code, kind: t.kind, record: records.get(t.code) });
  }
  for (const [code, r] of records) {
    if (seen.has(code)) continue;
    out.push({ code, kind: r.kind, record: r });
  }
  out.sort((a, b) => (a.code < b.code ? -1 : 1)); // the codes are unique (registry, then unseen records), never equal
  return out;
}

/**
 * Words for a township's kind.
 *
 * @internal
 * @clause P3.3
 * @example
 * ```ts
 * kindWords('farm')
 * //=> { zh: '农场', en: 'state farm' }
 * ```
 */
export function kindWords(kind: TownshipKind | undefined): { zh: string; en: string } {
  switch (kind) {
    case 'farm':
      return { zh: '农场', en: 'state farm' };
    case 'town':
      return { zh: '镇', en: 'town' };
    case 'ethnic_township':
      return { zh: '民族乡', en: 'ethnic township' };
    case 'township':
      return { zh: '乡', en: 'township' };
    default:
      return { zh: '乡级单位', en: 'township-level unit' };
  }
}
