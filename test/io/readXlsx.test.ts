/**
 * The xlsx reader on the shapes real writers produce and on hostile workbooks. Expected cells are written out by hand
 * from the XML each test builds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx, XLSX_LIMITS, type SheetCell } from '../../src/io/readXlsx';
import { TableError } from '../../src/io/TableError';
import { xlsxFromSheets } from '../../src/io/xlsxFromSheets';
import { workbook, workbookParts } from './_workbook';

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(TableError);
    return (e as TableError).issues[0]!.code;
  }
  throw new Error('did not throw');
}

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    const i = (e as TableError).issues[0]!;
    return `${i.whereZh}：${i.messageZh} | ${i.whereEn}: ${i.messageEn}`;
  }
  throw new Error('did not throw');
}

describe('readXlsx: what writers store', () => {
  it('shared strings, rich-text runs (phonetic guides left out), inline strings, cells left out, numbers as stored', () => {
    const bytes = workbook({
      shared:
        '<si><t>村级代码</t></si>' +
        '<si><r><rPr><b/></rPr><t>户</t></r><r><t xml:space="preserve">数 </t></r><rPh sb="0" eb="1"><t>フ</t></rPh></si>' +
        '<si><t>章凤村 &amp; 芒弄村</t></si>',
      sheets: [
        [
          '村（社区）',
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
            '<row r="3"><c r="A3" t="inlineStr"><is><t>533124101201</t></is></c><c r="C3"><v>0.1</v></c><c r="D3"><v>1.5E-3</v></c>' +
            '<c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#DIV/0!</v></c><c r="G3" t="str"><f>A3&amp;"x"</f><v>533124101201x</v></c>' +
            '<c r="H3" t="s"><v>2</v></c><c r="I3" t="d"><v>2024-06-30T00:00:00</v></c><c r="J3" s="3"/></row>',
        ],
      ],
    });
    const wb = readXlsx(bytes);
    expect(wb.date1904).toBe(false);
    expect(wb.sheets).toEqual([
      {
        name: '村（社区）',
        rows: [
          ['村级代码', '', '户数 '],
          [],
          ['533124101201', '', { number: '0.1' }, { number: '1.5E-3' }, 'true', { error: '#DIV/0!' }, '533124101201x', '章凤村 & 芒弄村', '2024-06-30'],
        ],
      },
    ]);
  });

  it('SpreadsheetML elements with a namespace prefix (x:row, x:c), rows and cells without r, and the 1904 date system', () => {
    const bytes = workbook({
      prefixed: true,
      workbookPr: 'date1904="1"',
      shared: '<x:si><x:t>名称</x:t></x:si>',
      sheets: [['S', '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c><x:v>7</x:v></x:c></x:row><x:row><x:c r="B2"><x:v>8</x:v></x:c></x:row>']],
    });
    const wb = readXlsx(bytes);
    expect(wb.date1904).toBe(true);
    expect(wb.sheets[0]!.rows).toEqual([['名称', { number: '7' }], ['', { number: '8' }]]);
  });

  it('a WPS-shaped workbook: its custom parts and namespaces are ignored, a chart sheet skipped', () => {
    const files = workbookParts({
      shared: '<si><t>乡镇代码</t></si><si><t>533124101</t></si>',
      sheets: [
        ['乡镇（农场）', '<row r="1" spans="1:1"><c r="A1" s="1" t="s"><v>0</v></c></row><row r="2" spans="1:1"><c r="A2" s="2" t="s"><v>1</v></c></row>'],
        ['图表', ''],
      ],
      extra: {
        'docProps/custom.xml': '<Properties><property name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16388</vt:lpwstr></property></Properties>',
        'xl/customData/customData1.xml': '<etc:customData xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"/>',
        'xl/media/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      },
    });
    // The second sheet is a chart sheet: its relationship says so.
    files['xl/_rels/workbook.xml.rels'] = strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>' +
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    );
    expect(readXlsx(zipSync(files)).sheets).toEqual([{ name: '乡镇（农场）', rows: [['乡镇代码'], ['533124101']] }]);
  });

  it('a workbook written by openpyxl (another writer: inline strings as character references, booleans, date serials)', () => {
    const wb = readXlsx(readFileSync(join(import.meta.dirname, '../cli/fixtures/filled-openpyxl.xlsx')));
    expect(wb.sheets.map((s) => s.name)).toEqual(['村（社区）', '全县', '乡镇（农场）', '说明']);
    expect(wb.sheets[0]!.rows[1]).toEqual(['533124101001', '533124101', '老街子社区', { number: '1520' }, 'true', { number: '650.5' }, { number: '45047' }, { number: '12' }]);
    expect(wb.sheets[0]!.rows[3]![5]).toEqual({ number: '0.1' });
  });
});

describe('readXlsx: formulas and escapes', () => {
  it('a formula whose result the file does not hold is { error: "" }, never a blank; OOXML escapes (_x000D_) are decoded', () => {
    const bytes = workbook({
      shared: '<si><t>一_x000D_\n二</t></si>',
      sheets: [['S', '<row r="1"><c r="A1"><f>1+1</f></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1" t="s"><v>0</v></c><c r="D1" t="inlineStr"><is><t>_x005F_x0041_</t></is></c></row>']],
    });
    expect(readXlsx(bytes).sheets[0]!.rows).toEqual([[{ error: '' }, { number: '2' }, '一\r\n二', '_x0041_']]);
  });

  it('the writer keeps a literal _x0041_ as written', () => {
    expect(readXlsx(xlsxFromSheets([{ name: 'S', rows: [['a_x0041_b']] }])).sheets[0]!.rows).toEqual([['a_x0041_b']]);
  });
});

describe('readXlsx: hostile workbooks are refused with a clear error', () => {
  it('not a zip, a damaged zip, a zip without a workbook', () => {
    expect(codeOf(() => readXlsx(strToU8('村级代码,所属乡镇代码\n')))).toBe('invalid_xlsx');
    expect(messageOf(() => readXlsx(strToU8('hello')))).toContain('not an xlsx workbook (not a zip file)');
    // Only a zip's local header (PK 03 04) starts a workbook: text that merely starts with PK is not one.
    expect(messageOf(() => readXlsx(strToU8('PK,村级代码\n')))).toContain('not an xlsx workbook (not a zip file)');
    const good = xlsxFromSheets([{ name: 'a', rows: [['x']] }]);
    expect(codeOf(() => readXlsx(good.subarray(0, good.length - 30)))).toBe('invalid_xlsx');
    expect(messageOf(() => readXlsx(zipSync({ 'word/document.xml': strToU8('<w/>') })))).toContain('xl/workbook.xml is missing');
  });

  it('a document type declaration (the entity expansion of "billion laughs") is refused, never expanded', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const files = workbookParts({ shared: '<si><t>&b;</t></si>', sheets: [['S', '<row r="1"><c r="A1" t="s"><v>0</v></c></row>']] });
    files['xl/sharedStrings.xml'] = strToU8(`${laughs}<sst xmlns="x"><si><t>&b;</t></si></sst>`);
    expect(codeOf(() => readXlsx(zipSync(files)))).toBe('xlsx_doctype');
    expect(messageOf(() => readXlsx(zipSync(files)))).toContain('holds a document type declaration');
    // An entity used without a declaration is not one of XML's five: refused too.
    const undeclared = workbook({ shared: '<si><t>&b;</t></si>', sheets: [['S', '']] });
    expect(messageOf(() => readXlsx(undeclared))).toContain('the entity &b; is not one XML defines');
  });

  it('a zip bomb: a part declaring more than the limit is refused before it is inflated; a lying size cannot grow memory', () => {
    const zeros = new Uint8Array(5_000_000); // 5 MB of zeros compress to a few kB
    const bomb = workbook({ sheets: [['S', '']], extra: { 'xl/worksheets/sheet1.xml': zeros } });
    expect(bomb.length).toBeLessThan(20_000);
    expect(codeOf(() => readXlsx(bomb, { ...XLSX_LIMITS, maxUncompressedBytes: 1_000_000 }))).toBe('xlsx_too_large');
    expect(messageOf(() => readXlsx(bomb, { ...XLSX_LIMITS, maxUncompressedBytes: 1_000_000 }))).toContain('possibly a zip bomb');
    // The same part with its declared size patched down to 100 bytes: fflate fills only the 100 declared bytes.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    let patched = 0;
    for (let i = 0; i + 4 <= bomb.length; i++) {
      const sig = view.getUint32(i, true);
      const nameAt = sig === 0x02014b50 ? i + 46 : sig === 0x04034b50 ? i + 30 : -1;
      if (nameAt < 0) continue;
      const nameLength = view.getUint16(sig === 0x02014b50 ? i + 28 : i + 26, true);
      const name = new TextDecoder().decode(bomb.subarray(nameAt, nameAt + nameLength));
      if (name === 'xl/worksheets/sheet1.xml') {
        view.setUint32(sig === 0x02014b50 ? i + 24 : i + 22, 100, true);
        patched++;
      }
    }
    expect(patched).toBe(2);
    // 100 zero bytes are not XML text the sheet can hold: read as nothing, not 5 MB.
    expect(readXlsx(bomb).sheets[0]!.rows.length).toBe(0);
  });

  it('entry names that leave the package (../, absolute, backslashes) are refused', () => {
    for (const name of ['../evil.xml', 'xl/../../evil.xml', '/etc/passwd.xml', 'xl\\..\\evil.xml', 'C:/evil.xml']) {
      const files = workbookParts({ sheets: [['S', '']], extra: { [name]: '<x/>' } });
      expect(codeOf(() => readXlsx(zipSync(files))), name).toBe('xlsx_unsafe_name');
    }
    const files = workbookParts({ sheets: [['S', '']], extra: { '../evil.xml': '<x/>' } });
    expect(messageOf(() => readXlsx(zipSync(files)))).toContain('unsafe entry name "../evil.xml"');
  });

  it('a shared-strings table, a cell count or a grid beyond the limits is refused', () => {
    const sst = workbook({ shared: '<si><t>a</t></si>'.repeat(5), sheets: [['S', '']] });
    expect(codeOf(() => readXlsx(sst, { ...XLSX_LIMITS, maxSharedStrings: 4 }))).toBe('xlsx_too_large');
    expect(readXlsx(sst, { ...XLSX_LIMITS, maxSharedStrings: 5 }).sheets.length).toBe(1);
    const cells = workbook({ sheets: [['S', '<row r="1"><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>']] });
    expect(codeOf(() => readXlsx(cells, { ...XLSX_LIMITS, maxCells: 2 }))).toBe('xlsx_too_large');
    expect(codeOf(() => readXlsx(workbook({ sheets: [['S', '<row r="1"><c r="XFE1"><v>1</v></c></row>']] })))).toBe('xlsx_too_large');
    expect(codeOf(() => readXlsx(workbook({ sheets: [['S', '<row r="1048577"><c><v>1</v></c></row>']] })))).toBe('xlsx_too_large');
    expect(codeOf(() => readXlsx(new Uint8Array(11), { ...XLSX_LIMITS, maxFileBytes: 10 }))).toBe('xlsx_too_large');
  });

  it('a shared-string index that does not exist, and rows out of order, are errors naming the sheet', () => {
    const bad = workbook({ shared: '<si><t>a</t></si>', sheets: [['单位', '<row r="1"><c r="A1" t="s"><v>7</v></c></row>']] });
    expect(messageOf(() => readXlsx(bad))).toContain('sheet 单位: the cell A1 points at a shared string that does not exist (7)');
    expect(codeOf(() => readXlsx(workbook({ sheets: [['S', '<row r="2"/><row r="1"/>']] })))).toBe('xlsx_too_large');
  });

  it('a name from the file is escaped in the message (no terminal control or direction override reaches the reader)', () => {
    const bad = workbook({ shared: '<si><t>a</t></si>', sheets: [['a\u202eb', '<row r="1"><c r="A1" t="s"><v>9</v></c></row>']] });
    const m = messageOf(() => readXlsx(bad));
    expect(m).toContain('a\\u202eb');
    expect(m).not.toContain('\u202e');
  });
});

describe('xlsxFromSheets → readXlsx', () => {
  const xmlText = fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(s));
  const numberText = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }).map(String),
    fc.tuple(fc.nat(99999), fc.nat(99)).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`),
  );
  const cell: fc.Arbitrary<SheetCell> = fc.oneof(xmlText, numberText.map((n) => ({ number: n })));

  it('round-trips any text (line breaks and spaces kept) and any number text exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }), (rows) => {
        const back = readXlsx(xlsxFromSheets([{ name: 'T', rows }])).sheets[0]!.rows;
        // An empty string is an empty cell, and a row's trailing empty cells are not stored.
        const trim = (r: readonly SheetCell[]) => {
          const out = [...r];
          while (out.length > 0 && out[out.length - 1] === '') out.pop();
          return out;
        };
        const expected = rows.map(trim);
        while (expected.length > 0 && expected[expected.length - 1]!.length === 0 && back.length < expected.length) expected.pop();
        expect(back.map(trim)).toEqual(expected);
      }),
      { seed: 20261206, numRuns: 150 },
    );
  });

  it('refuses a sheet name Excel would refuse', () => {
    expect(() => xlsxFromSheets([{ name: 'a/b', rows: [] }])).toThrow(RangeError);
    expect(() => xlsxFromSheets([{ name: 'x'.repeat(32), rows: [] }])).toThrow(RangeError);
    expect(() => xlsxFromSheets([{ name: 'A', rows: [] }, { name: 'a', rows: [] }])).toThrow(RangeError);
  });
});
