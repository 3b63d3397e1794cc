/**
 * CSV text to rows of cells (RFC 4180 as Excel and WPS write it), with no dependency and no Node API.
 *
 * @module
 */
import { tableError, type TableError } from './TableError';

/**
 * What {@link parseCsv} reports while it reads a large file: rows read so far.
 *
 * @example
 * ```ts
 * const onRows: CsvProgress = (rows) => console.log(rows);
 * ```
 * @category Input · 输入数据
 */
export type CsvProgress = (rows: number) => void;

function syntax(line: number, zh: string, en: string): TableError {
  return tableError('csv_syntax', `第${line}行（文本行）`, `line ${line}`, zh, `CSV syntax error: ${en}`);
}

/**
 * The rows of a CSV text: cells separated by commas, rows by CRLF, LF or CR; a cell in double quotes may hold
 * commas, line breaks and `""` for a quote. Spaces around a quoted cell are allowed. A byte-order mark is dropped.
 * Every line is a row, blank lines included (as `['']`), so that row numbers match the spreadsheet's; a final line
 * break does not start a row. Cells are returned as written (not trimmed).
 *
 * @param firstLine - The text line the text starts on, when it is a part of a larger file (1 by default): syntax errors
 * name the file's lines.
 * @throws TableError (`csv_syntax`, with the text line) for a quote that never closes, text after a closing quote, or
 * a quote inside an unquoted cell.
 * @example
 * ```ts
 * parseCsv('\uFEFF村级代码,名称\r\n533124101201,"章凤村, 一组"\r\n')
 * //=> [['村级代码', '名称'], ['533124101201', '章凤村, 一组']]
 * ```
 * @category Input · 输入数据
 */
export function parseCsv(text: string, onRows?: CsvProgress, firstLine = 1): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = s.length;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  let line = firstLine;
  if (n === 0) return rows;
  for (;;) {
    // One cell starts at i.
    let j = i;
    while (j < n && (s[j] === ' ' || s[j] === '\t')) j++;
    let cell: string;
    if (s[j] === '"') {
      const startLine = line;
      let k = j + 1;
      let out = '';
      for (;;) {
        const q = s.indexOf('"', k);
        if (q === -1) {
          throw syntax(startLine, '引号没有闭合（某个以 " 开头的单元格缺少结尾的 "）', `a quoted cell opened on line ${startLine} never closes`);
        }
        const piece = s.slice(k, q);
        for (let p = piece.indexOf('\n'); p !== -1; p = piece.indexOf('\n', p + 1)) line++;
        out += piece;
        if (s[q + 1] === '"') {
          out += '"';
          k = q + 2;
          continue;
        }
        k = q + 1;
        break;
      }
      while (k < n && (s[k] === ' ' || s[k] === '\t')) k++;
      if (k < n && s[k] !== ',' && s[k] !== '\n' && s[k] !== '\r') {
        throw syntax(line, '闭合引号后面还有字符（单元格中的 " 应写成 ""）', `text after a closing quote on line ${line}`);
      }
      cell = out;
      i = k;
    } else {
      let k = i;
      while (k < n && s[k] !== ',' && s[k] !== '\n' && s[k] !== '\r') k++;
      cell = s.slice(i, k);
      if (cell.includes('"')) {
        throw syntax(line, '引号位置不对（单元格中的 " 应写成 ""，或把整个单元格用引号括起来）', `a quote inside an unquoted cell on line ${line}`);
      }
      i = k;
    }
    row.push(cell);
    if (i >= n) {
      rows.push(row);
      break;
    }
    const c = s[i];
    if (c === ',') {
      i++;
      continue;
    }
    // A line break ends the row.
    i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
    line++;
    rows.push(row);
    row = [];
    if (onRows !== undefined && rows.length % 1000 === 0) onRows(rows.length);
    if (i >= n) break;
  }
  return rows;
}
