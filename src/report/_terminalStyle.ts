/**
 * The terminal styles of the text reports (the report of one evaluation and the final-assessment report of a series),
 * kept in one place so that a status has one colour everywhere.
 *
 * @module
 */

const ANSI: Readonly<Record<string, readonly [number, number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

/** The colour of each status, shared by indicators, rules and actions; any other status (a year without data) is dim. */
export const STATUS_STYLE: Readonly<Record<string, string>> = {
  achieved: 'green',
  on_track: 'cyan',
  behind: 'yellow',
  not_achieved: 'red',
  no_data: 'dim',
  pass: 'green',
  fail: 'red',
  advisory: 'yellow',
  pending: 'yellow',
  not_applicable: 'dim',
  missing_data: 'dim',
  done: 'green',
  in_progress: 'cyan',
  not_started: 'yellow',
};

/**
 * A function that wraps text in the ANSI codes of a style when `color` is on, and returns it unchanged otherwise.
 *
 * @internal
 */
export function painter(color: boolean): (text: string, style: string) => string {
  return (text, style) => {
    const code = ANSI[style];
    return color && code !== undefined ? `\u001b[${code[0]}m${text}\u001b[${code[1]}m` : text;
  };
}
