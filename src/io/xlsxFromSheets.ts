/**
 * Writing a minimal `.xlsx` workbook (inline strings, a text style for code columns, a frozen header row) that Excel,
 * WPS and LibreOffice open. Browser-safe: data in, bytes out.
 *
 * @module
 */
import { zipSync, strToU8 } from 'fflate';
import { columnLetter } from './columnLetter';
import type { SheetCell } from './readXlsx';

/**
 * A sheet to write: its name, rows (row 1 first) and, optionally, which columns hold text that must stay text
 * (codes: Excel would turn `533124101201` typed into a General cell into a number) and column widths.
 *
 * @example
 * ```ts
 * const s: SheetToWrite = { name: '村（社区）', rows: [['村级代码'], ['533124101201']], textColumns: [1], widths: [16] };
 * ```
 * @category Input · 输入数据
 */
export interface SheetToWrite {
  /** The tab's name: at most 31 characters, none of `[]:*?/\`. */
  readonly name: string;
  /** The rows; `''` is an empty cell. */
  readonly rows: readonly (readonly SheetCell[])[];
  /** 1-based columns formatted as Text (`@`), so that what is typed into them stays text. */
  readonly textColumns?: readonly number[];
  /** Column widths in characters, column A first. */
  readonly widths?: readonly number[];
}

function esc(s: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the rest are escaped.
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function sheetXml(sheet: SheetToWrite): string {
  const text = new Set(sheet.textColumns ?? []);
  const widths = sheet.widths ?? [];
  const ncols = Math.max(widths.length, ...sheet.rows.map((r) => r.length), 1);
  const cols: string[] = [];
  for (let c = 1; c <= ncols; c++) {
    const w = widths[c - 1] ?? 12;
    cols.push(`<col min="${c}" max="${c}" width="${w}" customWidth="1"${text.has(c) ? ' style="1"' : ''}/>`);
  }
  const rows = sheet.rows.map((row, ri) => {
    const r = ri + 1;
    const cells = row.map((cell, ci) => {
      const ref = `${columnLetter(ci + 1)}${r}`;
      const style = r === 1 ? ' s="2"' : text.has(ci + 1) ? ' s="1"' : '';
      if (typeof cell === 'string') {
        if (cell === '') return text.has(ci + 1) && r > 1 ? `<c r="${ref}" s="1"/>` : '';
        // A literal `_x0041_` is written as `_x005F_x0041_`, so that a reader does not take it for OOXML's escape of "A".
        const stored = cell.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
        return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(stored)}</t></is></c>`;
      }
      if ('number' in cell) return `<c r="${ref}"${style}><v>${esc(cell.number)}</v></c>`;
      return `<c r="${ref}"${style} t="e"><v>${esc(cell.error)}</v></c>`;
    });
    return `<row r="${r}">${cells.join('')}</row>`;
  });
  const pane = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `${DECL}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">${pane}<cols>${cols.join('')}</cols><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

const STYLES =
  `${DECL}<styleSheet xmlns="${NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * The bytes of an `.xlsx` workbook holding `sheets`. Strings are written inline, numbers as their text, row 1 bold
 * and frozen, `textColumns` formatted as Text.
 *
 * @throws RangeError for a sheet name Excel would refuse (empty, over 31 characters, `[]:*?/\`, or twice).
 * @example
 * ```ts
 * const bytes = xlsxFromSheets([{ name: 'Sheet1', rows: [['a', { number: '0.1' }]] }]);
 * readXlsx(bytes).sheets[0]?.rows
 * //=> [['a', { number: '0.1' }]]
 * ```
 * @category Input · 输入数据
 */
export function xlsxFromSheets(sheets: readonly SheetToWrite[]): Uint8Array {
  const seen = new Set<string>();
  for (const s of sheets) {
    if (s.name === '' || [...s.name].length > 31 || /[[\]:*?/\\]/.test(s.name) || seen.has(s.name.toLowerCase())) {
      throw new RangeError(`sheet name Excel would refuse: ${JSON.stringify(s.name)}`);
    }
    seen.add(s.name.toLowerCase());
  }
  const files: Record<string, Uint8Array> = {};
  const overrides = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  files['[Content_Types].xml'] = strToU8(
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      `${overrides.join('')}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `${DECL}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>` +
      sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${DECL}<Relationships xmlns="${PKG_REL}">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(STYLES);
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
  // A fixed timestamp: the same sheets give the same bytes.
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2021, 0, 1)) });
}
