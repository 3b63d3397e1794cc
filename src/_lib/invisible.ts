/**
 * The one definition of "a character that must not reach a reader as itself", shared by the reports' escapes
 * (src/report/escape.ts) and the CLI's (src/cli/terminalText.ts), so that the two can never drift apart.
 *
 * @module
 */

/**
 * Characters that are invisible, control a terminal, or change how the text around them is shown, by Unicode
 * property rather than by a hand-kept list:
 * - `Cc`: C0 and C1 controls and DEL (the escapes turn line breaks and tabs into spaces before this applies);
 * - `Cf`: format characters: the soft hyphen, the Arabic letter mark (U+061C), the zero-width characters and
 *   direction marks, the bidirectional embeddings, overrides and isolates, the word joiner and invisible operators
 *   (U+2060–U+2064), the byte-order mark, the interlinear annotation characters, the tag characters
 *   (U+E0001–U+E007F) and the other format characters of every script;
 * - `Zl`, `Zp`: the line and paragraph separators;
 * - `Default_Ignorable_Code_Point`: characters shown as nothing, such as the variation selectors (U+FE00–U+FE0F,
 *   U+E0100–U+E01EF), the Mongolian vowel separator, the Hangul fillers and the unassigned rest of U+E0000–U+E0FFF;
 * - `Cs`: a surrogate that is not half of a pair (it cannot be shown and breaks encoders).
 *
 * Global and Unicode-aware: a match is one whole code point.
 */
export const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Cs}]/gu;

/**
 * The code point of a one-character match of {@link INVISIBLE}, in lower-case hexadecimal.
 *
 * @example
 * ```ts
 * codePointHex('\u{E0041}')
 * //=> 'e0041'
 * ```
 */
export function codePointHex(c: string): string {
  return (c.codePointAt(0) ?? 0).toString(16);
}

/**
 * Every character of `s` that {@link INVISIBLE} matches, written as a visible escape: `\u001b` (four hex digits), or
 * `\u{e0041}` above U+FFFF. The CLI's and the readers' form (the reports write `\u{1b}`).
 *
 * @internal
 * @example
 * ```ts
 * escapeInvisible('a\u001b[2Jb\u{E0041}')
 * //=> 'a\\u001b[2Jb\\u{e0041}'
 * ```
 */
export function escapeInvisible(s: string): string {
  return s.replace(INVISIBLE, (c) => {
    const hex = codePointHex(c);
    return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
  });
}
