/**
 * Workbooks built part by part for the reader's tests: the shapes real writers produce (shared strings, rich text,
 * phonetic runs, cells left out, prefixed namespaces, WPS's extra parts) and hostile ones.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface PartsOptions {
  /** Sheet name → sheetData inner XML. */
  sheets: [string, string][];
  /** The sharedStrings.xml body (inside <sst>), if any. */
  shared?: string;
  /** Extra attributes on workbookPr (date1904="1"). */
  workbookPr?: string;
  /** Prefix every SpreadsheetML element with x: (as some writers do). */
  prefixed?: boolean;
  /** Extra or replaced parts. */
  extra?: Record<string, string | Uint8Array>;
}

export function workbookParts(o: PartsOptions): Record<string, Uint8Array> {
  const p = o.prefixed ? 'x:' : '';
  const xmlns = o.prefixed ? `xmlns:x="${NS}"` : `xmlns="${NS}"`;
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => (files[name] = strToU8(text));
  put('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  put('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="xl/workbook.xml"/></Relationships>');
  put(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${p}workbook ${xmlns} xmlns:r="${R}"><${p}workbookPr ${o.workbookPr ?? ''}/><${p}sheets>` +
      o.sheets.map(([name], i) => `<${p}sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      `</${p}sheets></${p}workbook>`,
  );
  put(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      o.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId99" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  if (o.shared !== undefined) put('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><${p}sst ${xmlns}>${o.shared}</${p}sst>`);
  o.sheets.forEach(([, data], i) => put(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${xmlns}><${p}sheetData>${data}</${p}sheetData></${p}worksheet>`));
  for (const [name, v] of Object.entries(o.extra ?? {})) files[name] = typeof v === 'string' ? strToU8(v) : v;
  return files;
}

export function workbook(o: PartsOptions): Uint8Array {
  return zipSync(workbookParts(o) as Zippable);
}
