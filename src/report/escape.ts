/**
 * Escaping of data for each report format. Every piece of data a report prints (names, codes, messages, paths)
 * goes through one of these, so that data never becomes markup, a link or terminal control sequences, and never
 * hides or reorders what is printed around it.
 *
 * @module
 */

import { INVISIBLE, codePointHex } from '../_lib/invisible';

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const LINE_BREAK = /\r\n?|\n|\t/g;

/**
 * Make invisible and direction-changing characters visible: each is shown as `\u{…}` (its code point in hex), so
 * that data can neither hide text nor reverse the order in which the rest of a line reads (`U+202E`); line breaks and
 * tabs become spaces. Every escape of this module does this first.
 *
 * @clause S4
 * @example
 * ```ts
 * showInvisible('abc\u202Efed\u200B\r\nx')
 * //=> 'abc\\u{202e}fed\\u{200b} x'
 * ```
 */
export function showInvisible(text: string): string {
  return text.replace(LINE_BREAK, ' ').replace(INVISIBLE, (c) => `\\u{${codePointHex(c)}}`);
}

/**
 * Escape text for HTML element content and for double- or single-quoted attribute values; invisible and
 * direction-changing characters are shown ({@link showInvisible}).
 *
 * @clause S4
 * @example
 * ```ts
 * escapeHtml(`<script>alert("x" & 'y')</script>`)
 * //=> '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return showInvisible(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** A word joiner (U+2060): invisible, it keeps a bare URL, `www.` or e-mail address in data from becoming a link. */
const JOINER = '\u2060';

/** A dot after a letter or digit, and the label that follows it. */
const DOMAIN_DOT = /(?<=[\p{L}\p{N}])\.([\p{L}\p{N}-]+)/gu;

/**
 * Labels that bare-domain linkers take as a top-level domain: linkify-it's defaults (what markdown-it's `linkify`
 * uses): any two letters, its list of generic domains, `рф`, and punycode (`xn--`). Only a dot before one of these is
 * broken, so field paths such as `records.serviceOutlets` and numbers such as `19.98` stay as they are.
 */
const TOP_LEVEL = /^(?:[a-z]{2}|biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф|xn--[a-z0-9-]*)$/i;

/**
 * Escape text for a cell of a GitHub-flavoured Markdown table (or a line of Markdown text): `|` and the characters
 * that start inline markup (`\` `` ` `` `*` `_` `[` `]` `<` `>` `~` `&`) are backslash-escaped, and line breaks
 * become spaces, so data can neither end a cell nor turn into a link, emphasis or HTML. GFM's autolinks are broken
 * with a word joiner (U+2060) after `:` in `://`, after `www` before its dot and after `@` (e-mail addresses and
 * mentions), and after a dot before a top-level domain (`evil.com`, `a.co.uk`), which renderers that link bare domains
 * (markdown-it's `linkify`) would otherwise turn into a link; so a URL, domain or address in data stays text. A dot
 * inside a number (`19.98`) or a field path (`records.serviceOutlets`) is left alone. Invisible and direction-changing characters are shown
 * ({@link showInvisible}).
 *
 * @clause S4
 * @example
 * ```ts
 * escapeMarkdown('a | b <i>*c*</i>')
 * //=> 'a \\| b \\<i\\>\\*c\\*\\</i\\>'
 * escapeMarkdown('https://x.example www.x.example a@x.example') === 'https:\u2060//x.example www\u2060.x.example a@\u2060x.example'
 * //=> true
 * escapeMarkdown('evil.com a.co.uk 19.98 records.serviceOutlets') === 'evil.\u2060com a.\u2060co.\u2060uk 19.98 records.serviceOutlets'
 * //=> true
 * ```
 */
export function escapeMarkdown(text: string): string {
  return showInvisible(text)
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/:(?=\/\/)/g, `:${JOINER}`)
    .replace(/(www)(?=\.)/gi, `$1${JOINER}`)
    .replace(/@/g, `@${JOINER}`)
    .replace(DOMAIN_DOT, (dot: string, label: string) => (TOP_LEVEL.test(label) ? `.${JOINER}${label}` : dot));
}

/**
 * Make text safe for a terminal: control characters (C0, DEL, C1), which could move the cursor or start an escape
 * sequence, and invisible or direction-changing characters are shown as `\u{…}`; line breaks and tabs become spaces.
 *
 * @clause S4
 * @example
 * ```ts
 * escapeTerminal('red\u001b[31m\tx')
 * //=> 'red\\u{1b}[31m x'
 * ```
 */
export function escapeTerminal(text: string): string {
  return showInvisible(text);
}
