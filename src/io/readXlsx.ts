/**
 * Reading an `.xlsx` workbook (Office Open XML SpreadsheetML, as Excel and WPS save it) from its bytes: the sheets in
 * workbook order, each cell as the text the file stores. Browser-safe: bytes in, data out, no Node API.
 *
 * @module
 */
import { unzipSync } from 'fflate';
import { hasZipSignature } from './hasZipSignature';
import { scanXml, XmlError } from './scanXml';
import { shownValue } from './shownValue';
import { tableError, TableError } from './TableError';

/**
 * A cell of a sheet as the workbook stores it:
 * - a string: text (shared, inline or a formula's text result), `'true'`/`'false'` for a boolean cell, or an ISO
 *   date (`YYYY-MM-DD`) for a date-typed cell;
 * - `{ number }`: a number cell, holding the number's text exactly as stored (`'0.1'`, `'533124101201'`,
 *   `'1.5E-3'`), never a binary float; a date Excel shows is such a number (a serial day count);
 * - `{ error }`: an error value such as `#DIV/0!`, or `''` for a formula whose result the file does not hold (written by
 *   a program that left the calculation to Excel).
 *
 * @example
 * ```ts
 * const cells: SheetCell[] = ['章凤村', { number: '640' }, { error: '#N/A' }];
 * ```
 * @category Input · 输入数据
 */
export type SheetCell = string | { readonly number: string } | { readonly error: string };

/**
 * One sheet: its name and its rows, row 1 first. A row or cell the file leaves out is an empty row or `''`, so that
 * `rows[r - 1][c - 1]` is the cell a spreadsheet shows at row `r`, column `c`.
 *
 * @example
 * ```ts
 * const s: Sheet = { name: '村（社区）', rows: [['村级代码'], ['533124101201']] };
 * ```
 * @category Input · 输入数据
 */
export interface Sheet {
  /** The sheet's name as shown on its tab. */
  readonly name: string;
  /** The rows, row 1 first; trailing empty cells of a row may be absent. */
  readonly rows: readonly (readonly SheetCell[])[];
}

/**
 * A workbook read by {@link readXlsx}.
 *
 * @example
 * ```ts
 * const wb: Workbook = { sheets: [], date1904: false };
 * ```
 * @category Input · 输入数据
 */
export interface Workbook {
  /** The sheets in the order of their tabs. */
  readonly sheets: readonly Sheet[];
  /** Whether dates count from 1904-01-01 (an old Mac option) instead of Excel's 1900 system. */
  readonly date1904: boolean;
}

/**
 * Bounds on what one workbook may make the reader do, against zip bombs and huge tables.
 *
 * @example
 * ```ts
 * const limits: XlsxLimits = { ...XLSX_LIMITS, maxCells: 100_000 };
 * ```
 * @category Input · 输入数据
 */
export interface XlsxLimits {
  /** Most bytes of the workbook file itself. */
  readonly maxFileBytes: number;
  /** Most bytes of all the parts read, uncompressed, together (a zip bomb is refused before it is inflated). */
  readonly maxUncompressedBytes: number;
  /** Most entries in the zip. */
  readonly maxEntries: number;
  /** Most sheets. */
  readonly maxSheets: number;
  /** Most strings in the shared-strings table. */
  readonly maxSharedStrings: number;
  /** Most cells in all sheets together. */
  readonly maxCells: number;
  /** Most rows or columns a cell reference may name (Excel's own grid is 1,048,576 rows × 16,384 columns). */
  readonly maxRow: number;
  /** Most columns. */
  readonly maxColumn: number;
}

/**
 * The default {@link XlsxLimits}: 50 MB of file, 200 MB uncompressed, 10,000 zip entries, 255 sheets, 2 million
 * shared strings, 20 million cells, Excel's grid of 1,048,576 rows × 16,384 columns.
 *
 * @example
 * ```ts
 * XLSX_LIMITS.maxRow
 * //=> 1048576
 * ```
 * @category Input · 输入数据
 */
export const XLSX_LIMITS: XlsxLimits = Object.freeze({
  maxFileBytes: 50_000_000,
  maxUncompressedBytes: 200_000_000,
  maxEntries: 10_000,
  maxSheets: 255,
  maxSharedStrings: 2_000_000,
  maxCells: 20_000_000,
  maxRow: 1_048_576,
  maxColumn: 16_384,
});

const WHERE = { zh: '工作簿', en: 'the workbook' };

function invalid(zh: string, en: string, code = 'invalid_xlsx'): TableError {
  return tableError(code, WHERE.zh, WHERE.en, zh, en);
}

/** A part name we are willing to read: under xl/ or docProps/, plain segments only. */
const SAFE_PART = /^(?:xl|docProps|_rels)\/(?:[A-Za-z0-9_.-]+\/)*[A-Za-z0-9_.-]+$/;

function decodeUtf8(bytes: Uint8Array, part: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw invalid(`部件 ${shownValue(part)} 不是有效的 UTF-8 文本`, `the part ${shownValue(part)} is not valid UTF-8 text`);
  }
}

function scanPart(xml: string, part: string, handler: Parameters<typeof scanXml>[1]): void {
  try {
    scanXml(xml, handler);
  } catch (e) {
    if (e instanceof XmlError) {
      if (e.reason === 'doctype') {
        throw invalid(
          `部件 ${shownValue(part)} 含有文档类型声明（DTD/实体定义），Excel 和 WPS 不会写出这种内容，拒绝读取`,
          `the part ${shownValue(part)} holds a document type declaration (DTD, entity definitions), which Excel and WPS never write; refused`,
          'xlsx_doctype',
        );
      }
      throw invalid(`部件 ${shownValue(part)} 的 XML 有误：${shownValue(e.message, 200)}`, `the part ${shownValue(part)} is not valid XML: ${shownValue(e.message, 200)}`);
    }
    throw e;
  }
}

/** 1-based column number of the letters of a cell reference (`AB` → 28). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Read an `.xlsx` workbook: every sheet (worksheets only; chart sheets are skipped), every cell as stored. Shared
 * strings, inline strings and rich-text runs are joined to plain text (phonetic guides left out); a formula cell gives
 * its cached result; numbers keep their stored text. Refuses anything that is not a workbook, a part with a DTD, a
 * zip entry whose name leaves the package (`../`, absolute, backslashes), and work beyond `limits`.
 *
 * @throws TableError with code `invalid_xlsx`, `xlsx_doctype`, `xlsx_unsafe_name` or `xlsx_too_large`.
 * @example
 * ```ts
 * const bytes = xlsxFromSheets([{ name: '村（社区）', rows: [['村级代码', '户数'], ['533124101201', { number: '640' }]] }]);
 * readXlsx(bytes).sheets[0]?.rows[1]
 * //=> ['533124101201', { number: '640' }]
 * ```
 * @category Input · 输入数据
 */
export function readXlsx(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): Workbook {
  if (bytes.length > limits.maxFileBytes) {
    throw invalid(`文件有 ${bytes.length} 字节，超过上限 ${limits.maxFileBytes}`, `the file has ${bytes.length} bytes, over the limit of ${limits.maxFileBytes}`, 'xlsx_too_large');
  }
  if (!hasZipSignature(bytes)) {
    throw invalid('不是 xlsx 工作簿（不是 zip 文件）；.xls（Excel 97–2003）请另存为 .xlsx', 'not an xlsx workbook (not a zip file); save an .xls (Excel 97–2003) file as .xlsx');
  }
  const parts = unzipParts(bytes, limits);
  const text = (name: string): string | undefined => {
    const b = parts.get(name);
    return b === undefined ? undefined : decodeUtf8(b, name);
  };

  const workbookXml = text('xl/workbook.xml');
  if (workbookXml === undefined) throw invalid('缺少 xl/workbook.xml：不是 Excel/WPS 工作簿', 'xl/workbook.xml is missing: not an Excel or WPS workbook');
  const sheetRefs: { name: string; rid: string }[] = [];
  let date1904 = false;
  scanPart(workbookXml, 'xl/workbook.xml', {
    open(name, a) {
      if (name === 'sheet') {
        const rid = a['r:id'] ?? a['id'];
        if (a['name'] !== undefined && rid !== undefined) sheetRefs.push({ name: a['name'], rid });
      } else if (name === 'workbookPr') {
        date1904 = a['date1904'] === '1' || a['date1904'] === 'true';
      }
    },
    close() {},
    text() {},
  });
  if (sheetRefs.length > limits.maxSheets) {
    throw invalid(`工作表多达 ${sheetRefs.length} 个，超过上限 ${limits.maxSheets}`, `${sheetRefs.length} sheets, over the limit of ${limits.maxSheets}`, 'xlsx_too_large');
  }

  const targets = new Map<string, { target: string; type: string }>();
  const relsXml = text('xl/_rels/workbook.xml.rels');
  if (relsXml !== undefined) {
    scanPart(relsXml, 'xl/_rels/workbook.xml.rels', {
      open(name, a) {
        if (name === 'Relationship' && a['Id'] !== undefined && a['Target'] !== undefined) targets.set(a['Id'], { target: a['Target'], type: a['Type'] ?? '' });
      },
      close() {},
      text() {},
    });
  }
  let sharedTarget = 'xl/sharedStrings.xml';
  for (const t of targets.values()) if (t.type.endsWith('/sharedStrings')) sharedTarget = resolvePart(t.target);

  const shared: string[] = [];
  const sharedXml = text(sharedTarget);
  if (sharedXml !== undefined) readSharedStrings(sharedXml, sharedTarget, shared, limits);

  const sheets: Sheet[] = [];
  const budget = { cells: 0 };
  for (const ref of sheetRefs) {
    const rel = targets.get(ref.rid);
    if (rel !== undefined && !rel.type.endsWith('/worksheet')) continue; // chart sheets, dialog sheets
    const part = rel === undefined ? undefined : resolvePart(rel.target);
    const xml = part === undefined ? undefined : text(part);
    if (part === undefined || xml === undefined) {
      throw invalid(`工作表「${shownValue(ref.name)}」的内容缺失`, `the content of sheet ${shownValue(ref.name)} is missing`);
    }
    sheets.push({ name: ref.name, rows: readSheet(xml, part, ref.name, shared, limits, budget) });
  }
  return { sheets, date1904 };
}

/** A relationship target as a part name: relative to xl/, or absolute from the package root. */
function resolvePart(target: string): string {
  const raw = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const seg of raw.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

function unzipParts(bytes: Uint8Array, limits: XlsxLimits): Map<string, Uint8Array> {
  let entries = 0;
  let total = 0;
  let unsafe: string | undefined;
  let tooLarge: { name: string; size: number } | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(f) {
        entries++;
        if (entries > limits.maxEntries) throw new RangeError('entries');
        if (f.name.includes('\\') || f.name.startsWith('/') || /(?:^|\/)\.\.(?:\/|$)/.test(f.name) || /^[A-Za-z]:/.test(f.name) || f.name.includes('\0')) {
          unsafe ??= f.name;
          return false;
        }
        if (!SAFE_PART.test(f.name) || !/\.(?:xml|rels)$/.test(f.name)) return false; // media, printer settings, VBA: not read
        total += f.originalSize;
        if (f.originalSize > limits.maxUncompressedBytes || total > limits.maxUncompressedBytes) {
          tooLarge ??= { name: f.name, size: f.originalSize };
          return false;
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof RangeError && e.message === 'entries') {
      throw invalid(`压缩包中的条目超过 ${limits.maxEntries} 个`, `the zip has more than ${limits.maxEntries} entries`, 'xlsx_too_large');
    }
    throw invalid(
      `无法解压：文件损坏或不是 xlsx 工作簿（${shownValue(String((e as Error).message ?? e), 120)}）`,
      `cannot unzip it: the file is damaged or not an xlsx workbook (${shownValue(String((e as Error).message ?? e), 120)})`,
    );
  }
  if (unsafe !== undefined) {
    throw invalid(
      `压缩包中有不安全的文件名「${shownValue(unsafe)}」（含 ../、绝对路径或反斜杠），Excel 和 WPS 不会写出这种名称，拒绝读取`,
      `the zip holds an unsafe entry name "${shownValue(unsafe)}" (../, an absolute path or backslashes), which Excel and WPS never write; refused`,
      'xlsx_unsafe_name',
    );
  }
  if (tooLarge !== undefined) {
    throw invalid(
      `解压后过大（部件 ${shownValue(tooLarge.name)} 声明 ${tooLarge.size} 字节，全部部件上限 ${limits.maxUncompressedBytes} 字节）；可能是压缩炸弹`,
      `too large once uncompressed (the part ${shownValue(tooLarge.name)} declares ${tooLarge.size} bytes; the limit for all parts is ${limits.maxUncompressedBytes}); possibly a zip bomb`,
      'xlsx_too_large',
    );
  }
  // Own keys only, into a Map: an entry named like an Object.prototype key cannot reach anything.
  const map = new Map<string, Uint8Array>();
  for (const name of Object.keys(files)) map.set(name, files[name]!);
  return map;
}

function readSharedStrings(xml: string, part: string, out: string[], limits: XlsxLimits): void {
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let current = '';
  scanPart(xml, part, {
    open(name, _a, selfClosing) {
      if (name === 'si') {
        inSi = true;
        current = '';
        if (selfClosing) {
          inSi = false;
          push('');
        }
      } else if (name === 'rPh') phonetic += selfClosing ? 0 : 1;
      else if (name === 't' && !selfClosing) inT = true;
    },
    close(name) {
      if (name === 'si') {
        inSi = false;
        push(current);
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inT = false;
    },
    text(t) {
      if (inSi && inT && phonetic === 0) current += unescapeXstring(t);
    },
  });
  function push(s: string): void {
    if (out.length >= limits.maxSharedStrings) {
      throw invalid(`共享字符串表超过 ${limits.maxSharedStrings} 项`, `the shared-strings table has more than ${limits.maxSharedStrings} entries`, 'xlsx_too_large');
    }
    out.push(s);
  }
}

function readSheet(xml: string, part: string, sheetName: string, shared: readonly string[], limits: XlsxLimits, budget: { cells: number }): SheetCell[][] {
  const rows: SheetCell[][] = [];
  let rowNumber = 0;
  let row: SheetCell[] | undefined;
  let col = 0;
  let cellType = 'n';
  let cellRef = '';
  let value: string | undefined;
  let inline = '';
  let inV = false;
  let hasFormula = false;
  let inIs = false;
  let inT = false;
  let phonetic = 0;
  const where = (r: number, c: number) => `${sheetName}!${cellRef || `R${r}C${c}`}`;
  const tooFar = (r: number, c: number) =>
    invalid(
      `工作表「${shownValue(sheetName)}」的单元格 ${shownValue(where(r, c))} 超出 Excel 的表格范围`,
      `sheet ${shownValue(sheetName)}: the cell ${shownValue(where(r, c))} lies beyond Excel's grid`,
      'xlsx_too_large',
    );
  scanPart(xml, part, {
    open(name, a, selfClosing) {
      if (name === 'row') {
        const r = a['r'] === undefined ? rowNumber + 1 : Number(a['r']);
        if (!Number.isInteger(r) || r <= rowNumber || r > limits.maxRow) throw tooFar(r, 0);
        rowNumber = r;
        while (rows.length < r - 1) rows.push([]);
        row = [];
        rows.push(row);
        col = 0;
        if (selfClosing) row = undefined;
      } else if (name === 'c' && row !== undefined) {
        cellRef = a['r'] ?? '';
        const m = /^([A-Z]{1,3})(\d+)$/.exec(cellRef);
        const c = m ? columnNumber(m[1]!) : col + 1;
        if (c <= col || c > limits.maxColumn) throw tooFar(rowNumber, c);
        col = c;
        cellType = a['t'] ?? 'n';
        value = undefined;
        hasFormula = false;
        inline = '';
        if (++budget.cells > limits.maxCells) {
          throw invalid(`单元格超过 ${limits.maxCells} 个`, `more than ${limits.maxCells} cells`, 'xlsx_too_large');
        }
        if (selfClosing) finishCell();
      } else if (name === 'v') inV = !selfClosing;
      else if (name === 'f') hasFormula = true;
      else if (name === 'is') inIs = !selfClosing;
      else if (name === 'rPh') phonetic += selfClosing ? 0 : 1;
      else if (name === 't' && inIs) inT = !selfClosing;
    },
    close(name) {
      if (name === 'row') row = undefined;
      else if (name === 'c' && row !== undefined) finishCell();
      else if (name === 'v') inV = false;
      else if (name === 'is') inIs = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 't') inT = false;
    },
    text(t) {
      if (inV) value = (value ?? '') + t;
      else if (inIs && inT && phonetic === 0) inline += unescapeXstring(t);
    },
  });
  return rows;

  function finishCell(): void {
    const r = row!;
    const cell = cellValue();
    if (cell === '') return;
    while (r.length < col - 1) r.push('');
    r.push(cell);
  }

  function cellValue(): SheetCell {
    if (hasFormula && value === undefined && cellType !== 'inlineStr') return { error: '' }; // never a silent blank
    switch (cellType) {
      case 's': {
        const i = Number(value);
        const s = Number.isInteger(i) && i >= 0 ? shared[i] : undefined;
        if (s === undefined) {
          throw invalid(
            `工作表「${shownValue(sheetName)}」的单元格 ${shownValue(cellRef)} 指向不存在的共享字符串 ${shownValue(value ?? '')}`,
            `sheet ${shownValue(sheetName)}: the cell ${shownValue(cellRef)} points at a shared string that does not exist (${shownValue(value ?? '')})`,
          );
        }
        return s;
      }
      case 'inlineStr':
        return inline;
      case 'str':
        return unescapeXstring(value ?? '');
      case 'b':
        return value === undefined ? '' : value.trim() === '1' ? 'true' : 'false';
      case 'e':
        return value === undefined ? '' : { error: value.trim() };
      case 'd':
        return value === undefined ? '' : value.trim().slice(0, 10);
      default:
        return value === undefined || value.trim() === '' ? '' : { number: value.trim() };
    }
  }
}

/**
 * OOXML's escapes of characters XML cannot carry, `_x000D_` for a carriage return (and `_x005F_` for a literal `_`),
 * as Excel writes them in strings.
 */
function unescapeXstring(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}
