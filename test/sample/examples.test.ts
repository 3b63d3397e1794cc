/** Every `@example` in src/sample/ whose lines show `//=> result` is run, and each shown result checked. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import * as sample from '../../src/sample/index';
import { examplesIn, runExample } from '../testing/_examples';

const all = examplesIn(new URL('../../src/sample/', import.meta.url));

describe('TSDoc examples of src/sample show true results', () => {
  it('finds the examples', () => {
    expect(all.length).toBe(3);
  });
  it.each(all.map((e, i) => [`${e.file} #${i}`, e] as const))('%s', (_, e) => {
    expect(runExample(e, { ...sample, evaluate })).toBeGreaterThan(0);
  });
});
