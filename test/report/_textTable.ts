// An independent reader of the text report's tables: finds the columns from the `----` rule under the header and
// cuts every line at those display columns (汉字 and full-width punctuation count two), so a test checks both the
// content and the alignment.

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Terminal columns of a string, as a CJK-aware terminal shows it. */
export function columnsOf(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

export interface ParsedTable {
  readonly headers: string[];
  /** Rows, continuation lines joined into their row's cells. */
  readonly rows: string[][];
  /** Problems of alignment: text in the gap between columns, or a wide character across a column edge. */
  readonly misaligned: string[];
}

/**
 * Read the table whose header starts at the line `lines[at]`: the header may wrap onto more lines, down to its `----`
 * rule (each header is its lines joined, as the rows' continuation lines are); the table ends at a blank line.
 */
export function readTextTable(lines: readonly string[], at: number): ParsedTable {
  let ruleAt = at + 1;
  while (ruleAt < lines.length && !/^\s*-+(\s+-+)*$/.test(lines[ruleAt]!)) ruleAt++;
  const rule = lines[ruleAt]!;
  const spans: [number, number][] = [];
  for (const m of rule.matchAll(/-+/g)) spans.push([m.index, m.index + m[0].length]);
  const misaligned: string[] = [];
  const cut = (line: string): string[] => {
    const cells = spans.map(() => '');
    let col = 0;
    for (const ch of line) {
      const w = WIDE.test(ch) ? 2 : 1;
      const i = spans.findIndex(([a, b]) => col >= a && col < b);
      if (i >= 0) {
        if (col + w > spans[i]![1]) misaligned.push(`${JSON.stringify(line)}: ${ch} crosses the edge of column ${i}`);
        cells[i] += ch;
      } else if (ch !== ' ') misaligned.push(`${JSON.stringify(line)}: ${ch} at column ${col} lies between columns`);
      col += w;
    }
    return cells.map((c) => c.trim());
  };
  const join = (a: string, b: string): string =>
    b === '' ? a : a === '' ? b : /[A-Za-z0-9,.)]$/.test(a) && /^[A-Za-z0-9(]/.test(b) ? `${a} ${b}` : `${a}${b}`;
  const headers = cut(lines[at]!);
  for (let k = at + 1; k < ruleAt; k++) cut(lines[k]!).forEach((c, i) => (headers[i] = join(headers[i]!, c)));
  const rows: string[][] = [];
  for (let k = ruleAt + 1; k < lines.length && lines[k]!.trim() !== ''; k++) {
    const cells = cut(lines[k]!);
    if (cells[0] !== '' || rows.length === 0) rows.push(cells);
    else {
      const row = rows[rows.length - 1]!;
      cells.forEach((c, i) => {
        if (c === '') return;
        row[i] = join(row[i]!, c);
      });
    }
  }
  return { headers, rows, misaligned };
}

/** The index of the first line that is exactly `text` (after trimming), or throws. */
export function lineIndex(lines: readonly string[], text: string, from = 0): number {
  const i = lines.findIndex((l, k) => k >= from && l.trim() === text);
  if (i < 0) throw new Error(`no line ${JSON.stringify(text)}`);
  return i;
}
