// deepFreeze on what it may meet: accessors (never called), cycles, typed arrays and functions.
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/deepFreeze';

describe('deepFreeze', () => {
  it('freezes the values of data properties, string- and symbol-keyed, at every depth', () => {
    const key = Symbol('k');
    const o = deepFreeze({ a: { b: [{ c: 1 }] }, [key]: { d: 2 } });
    expect([Object.isFrozen(o), Object.isFrozen(o.a), Object.isFrozen(o.a.b), Object.isFrozen(o.a.b[0]), Object.isFrozen(o[key])]).toEqual([true, true, true, true, true]);
  });

  it('never calls a getter, and freezes the object that holds it', () => {
    let calls = 0;
    const o = deepFreeze({
      get x() {
        calls++;
        return {};
      },
    });
    expect([calls, Object.isFrozen(o)]).toEqual([0, true]);
  });

  it('ends on cycles and leaves typed arrays (which cannot be frozen) as they are', () => {
    const a: { self?: unknown; bytes: Uint8Array } = { bytes: new Uint8Array(2) };
    a.self = a;
    expect(() => deepFreeze(a)).not.toThrow();
    expect([Object.isFrozen(a), Object.isFrozen(a.bytes)]).toEqual([true, false]);
  });

  it('freezes functions and what hangs on them; leaves primitives alone', () => {
    const f = Object.assign(() => 1, { meta: { n: 1 } });
    deepFreeze(f);
    expect([Object.isFrozen(f), Object.isFrozen(f.meta), deepFreeze(3), deepFreeze(null)]).toEqual([true, true, 3, null]);
  });
});
