/**
 * A value from the data as a message shows it.
 *
 * @module
 */
import { escapeInvisible } from '../_lib/invisible';

/**
 * A value from a table (a cell, a header, a sheet or file name) as a message shows it: at most `max` characters
 * (code points, never half of one), `…` when cut, with every control, invisible and direction-changing character
 * written as a visible `\u001b`-style escape. The CLI's terminal text (src/cli/terminalText.ts) is this function, kept here
 * so that the browser-safe readers depend on nothing of the CLI; a page still HTML-escapes the message.
 *
 * @example
 * ```ts
 * shownValue('户数\u202e')
 * //=> '户数\\u202e'
 * shownValue('x'.repeat(100)).length
 * //=> 81
 * ```
 * @category Input · 输入数据
 */
export function shownValue(value: string, max = 80): string {
  let cut = value;
  if (value.length > max) {
    let i = 0;
    let n = 0;
    while (i < value.length && n < max) {
      const c = value.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < value.length ? 2 : 1;
      n++;
    }
    if (i < value.length) cut = `${value.slice(0, i)}…`;
  }
  return escapeInvisible(cut);
}
