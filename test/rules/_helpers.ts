import { parseSnapshot } from '../../src/snapshot/parseSnapshot';
import type { Snapshot } from '../../src/snapshot/snapshotSchema';

/** 老街子社区 (章凤镇): a 社区居民委员会, urban by default. */
export const URBAN = '533124101001';
/** 章凤村 (章凤镇): a 村民委员会, rural by default. */
export const RURAL = '533124101201';

/** A unit input with its township code derived from the unit code. */
export function unit(code: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { code, townshipCode: code.slice(0, 9), ...extra };
}

/** A validated snapshot (through the real parser, so every test input is valid). */
export function snap(asOf: string, rest: Record<string, unknown> = {}): Snapshot {
  return parseSnapshot({ asOf, units: [], ...rest });
}

/** A week with the same intervals Monday to Friday and closed at the weekend. */
export function weekdays(intervals: string[], sat: string[] = [], sun: string[] = []): Record<string, string[]> {
  return { mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals, sat, sun };
}
