// Shared by the tests: what a call throws, and a PlanInputError's four public fields.
import { PlanInputError } from '../src/index';

/** What `f` throws, or `undefined` when it returns. */
export function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

/** The `code`, `path` and both messages of the `PlanInputError` that `f` throws; fails the test on anything else. */
export function planErrorOf(f: () => unknown): { code: string; path: readonly (string | number)[]; messageZh: string; messageEn: string } {
  const e = thrown(f);
  if (!(e instanceof PlanInputError)) throw new Error(`expected a PlanInputError, got ${e === undefined ? 'no error' : String(e)}`);
  return { code: e.code, path: e.path, messageZh: e.messageZh, messageEn: e.messageEn };
}
