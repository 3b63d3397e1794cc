/**
 * The fill-in template: every kind of table with its headers, the 77 registered units (code, township, name), the 10
 * townships, the 全县 items and the tracked actions already listed. As an xlsx workbook or as one CSV file per table.
 *
 * @module
 */
import { ACTIONS } from '../actions/ACTIONS';
import { TOWNSHIPS, VILLAGE_UNITS } from '../units/units.generated';
import type { SheetCell } from './readXlsx';
import { TABLE_KINDS, type TableKind } from './TABLE_KINDS';
import type { CsvColumn } from './unitColumns';
import { xlsxFromSheets, type SheetToWrite } from './xlsxFromSheets';

/**
 * The language of a template's sheet names and headers: Chinese (`zh-CN`) or the field names (`en`). Both are read
 * back alike.
 *
 * @example
 * ```ts
 * const l: TemplateLocale = 'en';
 * ```
 * @category Input · 输入数据
 */
export type TemplateLocale = 'zh-CN' | 'en';

const TOWNSHIP_NAME = new Map(TOWNSHIPS.map((t) => [t.code, t.name]));

function header(c: CsvColumn, locale: TemplateLocale): string {
  return locale === 'en' ? c.field : c.headerZh;
}

/** The rows a kind's sheet starts with, in its columns' order. */
function prefilledRows(kind: TableKind, locale: TemplateLocale): SheetCell[][] {
  const by = (values: Record<string, string>) => kind.columns.map((c) => values[c.field] ?? '');
  switch (kind.id) {
    case 'units':
      return VILLAGE_UNITS.map((u) => by({ code: u.code, townshipCode: u.townshipCode, townshipName: TOWNSHIP_NAME.get(u.townshipCode) ?? '', name: u.shortName }));
    case 'townships':
      return TOWNSHIPS.map((t) => by({ code: t.code, name: t.name }));
    case 'actions':
      return ACTIONS.map((a) => by({ actionId: a.id, title: locale === 'en' ? a.titleEn : a.titleZh }));
    case 'county':
      return kind.columns.map((c) => [header(c, locale), '', locale === 'en' ? c.hintEn : c.hintZh]);
    default:
      return [];
  }
}

/**
 * The template's sheets: one per kind of table (`TABLE_KINDS`), named and headed in Chinese (or with the field
 * names for `en`), the registry's units, townships and actions listed, code columns formatted as text.
 *
 * @example
 * ```ts
 * const sheets = templateSheets('zh-CN');
 * [sheets.length, sheets[0]?.name, sheets[0]?.rows.length, sheets[0]?.rows[1]?.slice(0, 4)]
 * //=> [12, '村（社区）', 78, ['533124101001', '533124101', '章凤镇', '老街子社区']]
 * ```
 * @category Input · 输入数据
 */
export function templateSheets(locale: TemplateLocale): SheetToWrite[] {
  return TABLE_KINDS.map((kind) => {
    const head = kind.layout === 'fields' ? (locale === 'en' ? ['item', 'value', 'note'] : ['项目', '数值', '说明']) : kind.columns.map((c) => header(c, locale));
    const textColumns =
      kind.layout === 'fields' ? [1, 3] : kind.columns.flatMap((c, i) => (c.kind === 'code' || c.kind === 'text' || c.kind === 'label' || c.kind === 'list' ? [i + 1] : []));
    const widths = kind.layout === 'fields' ? [34, 14, 60] : kind.columns.map((c) => Math.min(30, Math.max(10, [...header(c, locale)].length * 2 + 2)));
    return { name: locale === 'en' ? kind.id : kind.sheetZh, rows: [head, ...prefilledRows(kind, locale)], textColumns, widths };
  });
}

/**
 * The template as an `.xlsx` workbook (see {@link templateSheets}).
 *
 * @example
 * ```ts
 * readWorkbook(xlsxTemplate('zh-CN')).input['units']
 * //=> VILLAGE_UNITS.map((u) => ({ code: u.code, townshipCode: u.townshipCode, name: u.shortName }))
 * ```
 * @category Input · 输入数据
 */
export function xlsxTemplate(locale: TemplateLocale): Uint8Array {
  return xlsxFromSheets(templateSheets(locale));
}

function csvCell(cell: SheetCell): string {
  const s = typeof cell === 'string' ? cell : 'number' in cell ? cell.number : cell.error;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The text of a CSV file: a byte-order mark (so that Excel reads it as UTF-8), CRLF line ends.
 *
 * @example
 * ```ts
 * csvText([['村级代码', '名称'], ['533124101201', '章凤村, 一组']])
 * //=> '\uFEFF村级代码,名称\r\n533124101201,"章凤村, 一组"\r\n'
 * ```
 * @category Input · 输入数据
 */
export function csvText(rows: readonly (readonly SheetCell[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * The template as CSV files, one per kind of table, named `<sheet name>.csv` (`村（社区）.csv`, `全县.csv`, …; the
 * field names for `en`: `units.csv`, `county.csv`, …), UTF-8 with a BOM, CRLF.
 *
 * @example
 * ```ts
 * csvTemplateFiles('en').map((f) => f.name).slice(0, 3)
 * //=> ['units.csv', 'county.csv', 'townships.csv']
 * ```
 * @category Input · 输入数据
 */
export function csvTemplateFiles(locale: TemplateLocale): { readonly name: string; readonly text: string }[] {
  return templateSheets(locale).map((s) => ({ name: `${s.name}.csv`, text: csvText(s.rows) }));
}
