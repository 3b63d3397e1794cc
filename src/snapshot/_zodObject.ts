/**
 * `strictObject` and `object` as `zod/mini` makes them, but parsed by zod's compiled object parser (`$ZodObjectJIT`,
 * the one `zod`'s full API uses) instead of mini's interpreted one: the same checks, issues and output. Units and record
 * lists validate at the CPU they took before the move to `zod/mini`; a stored 5,000-unit evaluation at 1.5× (2.2× with
 * mini's own parser): bench/results/bytes-2026-12-07.txt, section 5. Like the full API, the compiled parser probes `new Function` once,
 * which the browser entry's jitless mode (src/_lib/zodJitless.ts) turns off.
 *
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import * as core from 'zod/v4/core';

type Init = (inst: unknown, def: unknown) => void;

// What zod/mini's ZodMiniObject constructor does (src: zod/v4/mini/schemas.js), with $ZodObjectJIT for $ZodObject.
const ZodMiniObjectJIT = /* @__PURE__ */ core.$constructor('ZodMiniObject', (inst: z.ZodMiniObject, def: core.$ZodObjectDef) => {
  (core.$ZodObjectJIT.init as Init)(inst, def);
  (z.ZodMiniType.init as Init)(inst, def);
  core.util.installLazyProp(inst, 'shape', (self: z.ZodMiniObject) => self._zod.def.shape, false);
});

/**
 * Whether this zod still has what the compiled parser is made from. They are zod's internals, not its documented API:
 * a later zod 4.x without them gets zod/mini's own objects (the same checks and issues, slower), not a crash.
 */
function compiled(): boolean {
  return typeof (core.$ZodObjectJIT as { init?: unknown } | undefined)?.init === 'function' && typeof (z.ZodMiniType as { init?: unknown } | undefined)?.init === 'function';
}

/** `z.strictObject(shape)` with zod's compiled object parser: unknown keys are issues. @internal */
/* @__NO_SIDE_EFFECTS__ */
export function strictObject<T extends core.$ZodLooseShape>(shape: T): z.ZodMiniObject<T, core.$strict> {
  if (!compiled()) return z.strictObject(shape);
  return new ZodMiniObjectJIT({ type: 'object', shape, catchall: z.never() } as never) as never;
}

/** `z.object(shape)` with zod's compiled object parser: unknown keys are dropped. @internal */
/* @__NO_SIDE_EFFECTS__ */
export function object<T extends core.$ZodLooseShape>(shape: T): z.ZodMiniObject<T, core.$strip> {
  if (!compiled()) return z.object(shape);
  return new ZodMiniObjectJIT({ type: 'object', shape } as never) as never;
}
