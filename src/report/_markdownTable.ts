/**
 * The GitHub-flavoured Markdown table of both Markdown reports (one evaluation, and a series).
 *
 * @module
 */

/**
 * Append a table to `out`, a blank line before and after; columns listed in `right` are right-aligned. Cells are
 * written as given (escape them first); an empty cell becomes a space. One push per row: a spread of 130,000 rows
 * (every rejected unit of a large input) would overflow the call stack.
 *
 * @internal
 */
export function pushMarkdownTable(out: string[], headers: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): void {
  out.push('', `| ${headers.join(' | ')} |`, `|${headers.map((_, i) => (right.includes(i) ? ' ---: ' : ' --- ')).join('|')}|`);
  for (const r of rows) out.push(`| ${r.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`);
  out.push('');
}
