/**
 * What a documentation sample gets when it imports from 'vitest' while test/docs/guides.test.ts runs it inside a
 * test: the real `expect`, and `describe` / `it` / `test` that run their body at once (a sample cannot register new
 * tests while a test is running). Only the run uses this; the type check sees the real 'vitest'.
 */
import { expect } from 'vitest';

type Body = () => unknown;

/** Pending bodies (async ones), awaited by the runner after the sample's module has loaded. */
export const pending: Promise<unknown>[] = [];

function run(_name: string, body?: Body): void {
  if (body === undefined) return;
  const r = body();
  if (r instanceof Promise) pending.push(r);
}

export { expect };
export const it = run;
export const test = run;
export const describe = run;
