/**
 * Terminal tables that line up with Chinese text: full-width characters take two columns, combining marks none.
 *
 * @module
 */

// East Asian Width W and F (Unicode 15, UAX #11), merged into ranges; everything else counts 1 (ambiguous-width
// characters such as “ ” ≥ — count 1, as in most terminals). The tables use only ASCII for their own rules.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f260, 0x1f265],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u{fe00}-\u{fe0f}]$/u;

function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  // Below U+0300 every character is 1 column (the soft hyphen U+00AD included, as terminals show it).
  if (cp < 0x300) return 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = WIDE[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return 2;
  }
  return 1;
}

/**
 * How many terminal columns a string takes: 2 for each full-width or wide character (汉字, full-width
 * punctuation, most emoji), 0 for combining marks and format characters from U+0300 on (zero-width space, joiners), 1
 * for the rest, including the soft hyphen U+00AD, which terminals show.
 *
 * @clause S4
 * @example
 * ```ts
 * displayWidth('章凤镇 P1.1')
 * //=> 11
 * displayWidth('（一）')
 * //=> 6
 * ```
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/**
 * Break text into lines of at most `width` columns: at spaces, and between any two wide characters (Chinese text
 * has no spaces); a word longer than a line is cut.
 *
 * @clause S4
 * @example
 * ```ts
 * wrapText('one two three', 8)
 * //=> ['one two', 'three']
 * wrapText('农村社区综合服务设施覆盖率', 10)
 * //=> ['农村社区综', '合服务设施', '覆盖率']
 * ```
 */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(1, Math.floor(width));
  const tokens = text.match(/\s+|[^\s]/gu) ?? [];
  // Join narrow non-space characters into words; each wide character stays a token of its own, except that closing
  // punctuation keeps to the character before it (no line starts with ，or ）).
  const words: string[] = [];
  for (const t of tokens) {
    const last = words.length - 1;
    const prev = words[last];
    const joins =
      prev !== undefined &&
      !/\s/.test(t) &&
      !/\s/.test(prev) &&
      (CLOSING.test(t) || (charWidth(t) === 1 && !isWide(prev)));
    if (joins) words[last] += t;
    else words.push(t);
  }
  const lines: string[] = [];
  let cur = '';
  let curW = 0;
  for (let word of words) {
    if (/\s/.test(word)) {
      if (curW > 0 && curW < max) {
        cur += ' ';
        curW += 1;
      }
      continue;
    }
    let w = displayWidth(word);
    if (curW + w <= max) {
      cur += word;
      curW += w;
      continue;
    }
    if (curW > 0) lines.push(cur.trimEnd());
    while (w > max) {
      let head = '';
      let headW = 0;
      for (const ch of word) {
        const cw = charWidth(ch);
        if (headW + cw > max && headW > 0) break;
        head += ch;
        headW += cw;
      }
      lines.push(head);
      word = word.slice(head.length);
      w = displayWidth(word);
    }
    cur = word;
    curW = w;
  }
  if (cur !== '' || lines.length === 0) lines.push(cur.trimEnd());
  return lines;
}

/** Closing punctuation that must not start a line (行首禁则). */
const CLOSING = /^[，。、；：！？）》」』】〕’”,.;:!?)\]]$/u;

/** Whether a (non-empty) word is or ends with a wide character, after which a narrow one starts a new word. */
function isWide(word: string): boolean {
  const chars = [...word];
  return charWidth(chars[chars.length - 1]!) === 2;
}

/**
 * A cell of a {@link renderTextTable} table: its text and, optionally, a style the caller's `paint` applies after
 * alignment (so colour codes never upset the columns).
 *
 * @clause S4
 * @example
 * ```ts
 * const cell: TextCell = { text: '未达标', style: 'red' };
 * ```
 */
export interface TextCell {
  /** The text (already escaped for the terminal). */
  readonly text: string;
  /** A style name passed to `paint`. */
  readonly style?: string;
}

/**
 * Layout of a {@link renderTextTable} table.
 *
 * @clause S4
 * @example
 * ```ts
 * const layout: TextTableLayout = { align: ['left', 'right'], maxWidths: [30], indent: 2 };
 * ```
 */
export interface TextTableLayout {
  /** Alignment per column (default left). */
  readonly align?: readonly ('left' | 'right')[];
  /** Widest a column may grow (its text wraps beyond); unset columns are as wide as their widest cell. */
  readonly maxWidths?: readonly (number | undefined)[];
  /** Spaces before each line. */
  readonly indent?: number;
  /** Applies a cell's style to its text (default: none). */
  readonly paint?: (text: string, style: string) => string;
}

/**
 * Lay out a table for a terminal: a header, a rule of `-`, and the rows, columns two spaces apart and aligned by
 * display width; cells wider than their column wrap onto more lines, and a `\n` in a cell (never in data, which is
 * escaped) starts a new line. No trailing spaces.
 *
 * @clause S4
 * @example
 * ```ts
 * renderTextTable(['乡镇', 'P1.1'], [[{ text: '章凤镇' }, { text: '80.9' }]], { align: ['left', 'right'] })
 * //=> ['乡镇    P1.1', '------  ----', '章凤镇  80.9']
 * ```
 */
export function renderTextTable(
  headers: readonly string[],
  rows: readonly (readonly TextCell[])[],
  layout: TextTableLayout = {},
): string[] {
  const n = headers.length;
  const max = (i: number) => layout.maxWidths?.[i] ?? Infinity;
  const wrapCell = (text: string, i: number) =>
    text.split('\n').flatMap((part) => (displayWidth(part) <= max(i) ? [part] : wrapText(part, max(i))));
  const head = headers.map((h, i) => wrapCell(h, i));
  const body = rows.map((r) => r.map((c, i) => ({ lines: wrapCell(c.text, i), style: c.style })));
  // A loop, not Math.max(...spread): a table of 130,000 rows (every rejected unit of a large input) would overflow the
  // call stack with a spread of that many arguments.
  const widths = headers.map((_, i) => {
    let w = 0;
    for (const l of head[i]!) w = Math.max(w, displayWidth(l));
    for (const r of body) for (const l of r[i]?.lines ?? []) w = Math.max(w, displayWidth(l));
    return w;
  });
  const indent = ' '.repeat(layout.indent ?? 0);
  const paint = layout.paint ?? ((t: string) => t);
  const line = (cells: readonly { lines: readonly string[]; style?: string | undefined }[]): string[] => {
    const height = Math.max(1, ...cells.map((c) => c.lines.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      const parts: string[] = [];
      for (let i = 0; i < n; i++) {
        const c = cells[i];
        const text = c?.lines[k] ?? '';
        const pad = ' '.repeat(widths[i]! - displayWidth(text));
        const shown = c?.style !== undefined && text !== '' ? paint(text, c.style) : text;
        parts.push(layout.align?.[i] === 'right' ? pad + shown : shown + pad);
      }
      out.push((indent + parts.join('  ')).trimEnd());
    }
    return out;
  };
  return [
    ...line(head.map((lines) => ({ lines }))),
    (indent + widths.map((w) => '-'.repeat(w)).join('  ')).trimEnd(),
    ...body.flatMap((r) => line(r)),
  ];
}
