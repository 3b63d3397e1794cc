/**
 * The one error the library throws for bad input, with a bilingual message and the path to the bad value.
 *
 * `code` is a stable machine-readable reason (`'invalid_date'`, `'invalid_type'`, ...), `path` locates
 * the value inside the caller's input (`['units', 3, 'asOf']`), and `messageZh` / `messageEn` say
 * what is wrong in Chinese and English. `message` combines them as `"<path>: <zh> / <en>"`, where the
 * path is written `units[3].asOf` (or `(root)` when the path is empty).
 *
 * @example
 * ```ts
 * const err = new PlanInputError({
 *   code: 'invalid_date',
 *   path: ['asOf'],
 *   messageZh: '日期无效',
 *   messageEn: 'invalid date',
 * });
 * err.message;
 * //=> 'asOf: 日期无效 / invalid date'
 * ```
 * @category Input · 输入数据
 */
export class PlanInputError extends Error {
  /** Always `'PlanInputError'`. */
  override readonly name = 'PlanInputError';
  /** Stable machine-readable reason, e.g. `'invalid_date'`. */
  readonly code: string;
  /** Where the bad value sits in the caller's input; empty for the input itself. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in Chinese. */
  readonly messageZh: string;
  /** What is wrong, in English. */
  readonly messageEn: string;

  /** Build the error; `message` is derived from `path`, `messageZh` and `messageEn`. */
  constructor(init: {
    readonly code: string;
    readonly path?: readonly (string | number)[];
    readonly messageZh: string;
    readonly messageEn: string;
    readonly cause?: unknown;
  }) {
    const path = Object.freeze([...(init.path ?? [])]);
    super(
      `${formatPath(path)}: ${init.messageZh} / ${init.messageEn}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.code = init.code;
    this.path = path;
    this.messageZh = init.messageZh;
    this.messageEn = init.messageEn;
  }
}

function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}
