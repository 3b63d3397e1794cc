/**
 * Escaping of data for each report format. Every piece of data a report prints (names, codes, messages, paths)
 * goes through one of these, so that data never becomes markup or terminal control sequences.
 *
 * @module
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for HTML element content and for double- or single-quoted attribute values.
 *
 * @clause S4
 * @example
 * ```ts
 * escapeHtml(`<script>alert("x" & 'y')</script>`)
 * //=> '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Escape text for a cell of a GitHub-flavoured Markdown table (or a line of Markdown text): `|` and the characters
 * that start inline markup (`\` `` ` `` `*` `_` `[` `]` `<` `>` `~` `&`) are backslash-escaped, and line breaks
 * become spaces, so data can neither end a cell nor turn into a link, emphasis or HTML.
 *
 * @clause S4
 * @example
 * ```ts
 * escapeMarkdown('a | b <i>*c*</i>')
 * //=> 'a \\| b \\<i\\>\\*c\\*\\</i\\>'
 * ```
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/**
 * Make text safe for a terminal: control characters (C0 except none, DEL, C1), which could move the cursor or start
 * an escape sequence, are shown as `\u{…}`; line breaks and tabs become spaces.
 *
 * @clause S4
 * @example
 * ```ts
 * escapeTerminal('red\u001b[31m\tx')
 * //=> 'red\\u{1b}[31m x'
 * ```
 */
export function escapeTerminal(text: string): string {
  return text
    .replace(/\r\n?|\n|\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
