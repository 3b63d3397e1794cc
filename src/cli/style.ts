/**
 * Colour for terminal output: on only when the stream is a terminal and `NO_COLOR` is not set
 * (https://no-color.org: any non-empty value turns colour off).
 *
 * @module
 */

/**
 * Functions that wrap text in a colour, or return it unchanged when colour is off.
 *
 * @example
 * ```ts
 * createStyle(false).red('x')
 * //=> 'x'
 * ```
 */
export interface Style {
  /** Whether colour is on. */
  readonly enabled: boolean;
  /** Errors and failing rules. */
  red(s: string): string;
  /** Passing results. */
  green(s: string): string;
  /** Warnings and pending rules. */
  yellow(s: string): string;
  /** Less important detail. */
  dim(s: string): string;
  /** Headings. */
  bold(s: string): string;
}

/**
 * A {@link Style} with colour on or off.
 *
 * @example
 * ```ts
 * createStyle(true).red('x')
 * //=> '\u001b[31mx\u001b[39m'
 * ```
 */
export function createStyle(enabled: boolean): Style {
  const wrap = (open: number, close: number) => (s: string) => (enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { enabled, red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

/**
 * Whether to colour a stream: it is a terminal and `NO_COLOR` is unset or empty.
 *
 * @example
 * ```ts
 * useColour(true, { NO_COLOR: '1' })
 * //=> false
 * ```
 */
export function useColour(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  const noColor = env['NO_COLOR'];
  return isTTY && (noColor === undefined || noColor === '');
}
