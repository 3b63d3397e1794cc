import { codeLevel } from './codeLevel';

/** Length of the parent's code, by the child's code length. */
const PARENT_LENGTH: Readonly<Record<number, number>> = /* @__PURE__ */ Object.freeze({ 12: 9, 9: 6, 6: 4, 4: 2 });

/**
 * Code of the unit one level up: village (12 digits) → township (9) → county (6) → prefecture (4)
 * → province (2). `undefined` for a province code and for a malformed code.
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * parentCode('533124101001');
 * //=> '533124101'
 * parentCode('533124');
 * //=> '5331'
 * parentCode('53');
 * //=> undefined
 * ```
 */
export function parentCode(code: string): string | undefined {
  if (codeLevel(code) === undefined) return undefined;
  const length = PARENT_LENGTH[code.length];
  return length === undefined ? undefined : code.slice(0, length);
}
