/**
 * What a rule result's `measure` promises, checked in plain BigInt arithmetic written here (never the library's own
 * comparison): `null` unless the result was judged; canonical decimal strings; `value` against `threshold` by
 * `comparator` gives the status; and the display string `actual` is `value` rounded (a count is shown as it is).
 */
import type { RuleResult } from '../../src/rules/types';

const CANONICAL = /^(0|[1-9]\d*)(\.\d*[1-9])?$/;
const UNITS = ['hours_per_day', 'percent', 'permille', 'count', 'm2_per_100_households', 'yuan'];
/** The display strings of each unit: the number, then the unit's sign. */
const SHOWN: Record<string, RegExp> = {
  hours_per_day: /^(\d+(?:\.\d+)?)h$/,
  percent: /^(\d+(?:\.\d+)?)%$/,
  permille: /^(\d+(?:\.\d+)?)‰$/,
  m2_per_100_households: /^(\d+(?:\.\d+)?) m²\/100 households$/,
  yuan: /^(\d+(?:\.\d+)?) yuan$/,
};

function places(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** `s` × 10^p as an integer (`s` has at most `p` places). */
function scaled(s: string, p: number): bigint {
  const [i, f = ''] = s.split('.');
  return BigInt(`${i}${f.padEnd(p, '0')}`);
}

/** Compare two plain decimal strings exactly: -1, 0 or 1. */
export function compareDecimals(a: string, b: string): number {
  const p = Math.max(places(a), places(b));
  const d = scaled(a, p) - scaled(b, p);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** The first promise `r.measure` breaks, or `null` when it keeps them all. */
export function measureProblem(r: RuleResult): string | null {
  // Read as data: a stored or broken result may not keep what its type says.
  const status: string = r.status;
  const m = r.measure;
  if (status === 'not_applicable' || status === 'missing_data') return m === null ? null : `measure on ${status}`;
  if (m === null) return null;
  if (!CANONICAL.test(m.value) || !CANONICAL.test(m.threshold)) return `not canonical: ${m.value} / ${m.threshold}`;
  if (!UNITS.includes(m.unit)) return `unknown unit ${m.unit}`;
  const c = compareDecimals(m.value, m.threshold);
  const met = m.comparator === 'at_least' ? c >= 0 : m.comparator === 'above' ? c > 0 : undefined;
  if (met === undefined) return `unknown comparator ${m.comparator}`;
  if (met !== (status === 'pass')) return `${m.value} ${m.comparator} ${m.threshold} is ${met}, status ${status}`;
  if (m.unit === 'count') {
    // A count is shown whole: n, or n/of.
    return r.actual === m.value || r.actual?.startsWith(`${m.value}/`) === true ? null : `count ${m.value} shown as ${String(r.actual)}`;
  }
  const shown = SHOWN[m.unit]?.exec(r.actual ?? '')?.[1];
  if (shown === undefined) return `display ${String(r.actual)} not in ${m.unit}`;
  // |shown − value| ≤ half a unit of the display's last place: 2·|shown − value|·10^p ≤ 10^(p − k).
  const k = places(shown);
  const p = Math.max(k, places(m.value));
  const diff = scaled(shown, p) - scaled(m.value, p);
  const abs = diff < 0n ? -diff : diff;
  return 2n * abs <= 10n ** BigInt(p - k) ? null : `display ${String(r.actual)} is not ${m.value} rounded`;
}
