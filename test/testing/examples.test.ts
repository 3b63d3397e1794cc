/** Every `@example` in src/testing/ whose lines show `//=> result` is run, and each shown result checked. */
import { describe, expect, it } from 'vitest';
import * as testing from '../../src/testing/index';
import { examplesIn, runExample } from './_examples';

const all = examplesIn(new URL('../../src/testing/', import.meta.url));

describe('TSDoc examples of src/testing show true results', () => {
  it('finds the examples', () => {
    expect(all.length).toBeGreaterThanOrEqual(7);
  });
  it.each(all.map((e, i) => [`${e.file} #${i}`, e] as const))('%s', (_, e) => {
    expect(runExample(e, { ...testing })).toBeGreaterThan(0);
  });
});
