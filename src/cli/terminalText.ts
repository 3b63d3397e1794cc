/**
 * Text from the user's data as the terminal shows it: control characters escaped (so a hostile file can neither
 * clear the screen, rewrite lines nor reorder text), and cut to a bounded length.
 *
 * @module
 */

import { shownValue } from '../io/shownValue';

/**
 * How many characters (code points) of a value from the data a message shows.
 *
 * @example
 * ```ts
 * SHOWN_LENGTH
 * //=> 80
 * ```
 */
export const SHOWN_LENGTH = 80;

/**
 * A value from the data (a cell, a header, a key, a file name) as a message shows it: its first `max` characters
 * (code points, so never half a character), `…` when cut, with control characters escaped.
 *
 * @example
 * ```ts
 * shown('x'.repeat(100)).length
 * //=> 81
 * shown('户数\u0007')
 * //=> '户数\\u0007'
 * ```
 */
export function shown(value: string, max: number = SHOWN_LENGTH): string {
  return shownValue(value, max);
}

/**
 * How many characters of one message (a place, or a whole message) the terminal is given at most: room for the
 * longest message the CLI writes (the list of accepted headers) and for every value in it cut to {@link SHOWN_LENGTH}.
 *
 * @example
 * ```ts
 * MESSAGE_LENGTH
 * //=> 4000
 * ```
 */
export const MESSAGE_LENGTH = 4000;

/**
 * A whole message on its way to the terminal: control characters escaped and cut to {@link MESSAGE_LENGTH}. The last
 * guard: values are already cut where the message is built ({@link shown}); this keeps a message built elsewhere
 * (the library's, a parser's) safe too.
 *
 * @example
 * ```ts
 * forTerminal('bad\u001b]0;title\u0007')
 * //=> 'bad\\u001b]0;title\\u0007'
 * ```
 */
export function forTerminal(message: string): string {
  return shown(message, MESSAGE_LENGTH);
}
