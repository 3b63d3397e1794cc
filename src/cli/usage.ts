/**
 * The `--help` texts of the command and of each subcommand, in Chinese and English.
 *
 * @module
 */
import { CSV_COLUMNS, JSON_ONLY_UNIT_FIELDS } from './csvColumns';
import { TABLE_KINDS } from '../io/TABLE_KINDS';
import { TOWNSHIPS, VILLAGE_UNITS } from '../units/units.generated';

/**
 * The command's name, as installed by the package's `bin`.
 *
 * @example
 * ```ts
 * BIN
 * //=> 'longchuan-community-plan'
 * ```
 */
export const BIN = 'longchuan-community-plan';

/**
 * The subcommands.
 *
 * @example
 * ```ts
 * const c: CommandName = 'check';
 * ```
 */
export type CommandName = 'evaluate' | 'check' | 'template' | 'schema';

const EXIT_CODES = `Exit codes / 退出码:
  0  成功 / success
  1  check: 有刚性要求未达标（--strict 时提示、缺数据、输入问题、数据不全也算）
     a binding rule fails (with --strict also advisories, missing data, input problems, incomplete data)
  2  输入或参数无效（逐条列出问题）/ invalid input or usage (every problem listed)
  3  内部错误 / internal error (set LONGCHUAN_CLI_DEBUG=1 for details)
  4  无法写入 --out 指定的文件（原文件不变，不留半个文件）/ cannot write the --out file
     (nothing half-written is left; an existing file is unchanged)`;

const MAIN = `Usage / 用法: ${BIN} <command> [options]

陇川县“十四五”城乡社区服务体系建设规划：用规划评估一个县的数据。
Longchuan County's 14th Five-Year community service plan: evaluate a county's data against it.

Commands / 命令:
  evaluate [file]   评估填报数据（JSON）、单位表（CSV）、工作簿（xlsx）或 CSV 文件夹，输出报告
                    evaluate a snapshot (JSON), a units table (CSV), a workbook (xlsx) or a folder of
                    CSV files, and print the report
  check [file]      列出未达标的规则；有则退出码为 1（用于 CI）
                    list the failing rules; exit 1 when any rule fails (for CI)
  template          输出填报模板（xlsx 或 CSV，已列出${VILLAGE_UNITS.length}个村（社区））
                    write the fill-in template (xlsx or CSV, the ${VILLAGE_UNITS.length} units listed)
  schema            输出 JSON Schema / print the JSON Schema
  help [command]    显示帮助 / show help

Options / 选项:
  -h, --help        显示帮助（每个命令都有）/ show help (every command has it)
  -v, --version     显示版本 / show the version

${EXIT_CODES}

Colour only on a terminal, never when NO_COLOR is set. / 仅在终端中着色，设置 NO_COLOR 时不着色。

Try / 试一试:
  ${BIN} evaluate --sample
  ${BIN} evaluate --help
`;

const INPUT = `Input / 输入:
  file                  .json 填报数据、.csv 单位表、.xlsx 工作簿，或放 CSV 文件的文件夹；"-" 读取标准输入
                        a .json snapshot, a .csv units table, an .xlsx workbook, or a folder of CSV files
                        (template --out-dir); "-" reads standard input
  --sample              使用内置示例数据（示意数据，非官方统计）
                        use the embedded sample (illustrative figures, not official statistics)
  --input-format F      json | csv | xlsx（默认按扩展名判断，否则按内容）/ default: by extension, else by content
  --encoding E          auto | utf-8 | gb18030 | gbk（默认 auto：有效的 UTF-8 按 UTF-8 读，否则按 GB18030）
                        default auto: valid UTF-8 is read as UTF-8, anything else as GB18030 (Excel on Chinese Windows)
  --as-of YYYY-MM-DD    数据所对应的日期：CSV 必填（工作簿、文件夹可在“全县”表填写）；JSON 时作为评估日期（默认取填报数据的 asOf）
                        the date the figures describe: required for CSV (a workbook or folder may give it in its 全县
                        table); for JSON, the evaluation's as-of date
                        (default: the snapshot's asOf)
  --options-json FILE   传给 evaluate() 的选项（JSON 对象：取整、规则解读等）
                        options passed to evaluate() as a JSON object (rounding, rule readings, …)
  --levels LIST         指标层级，逗号分隔：county,township,unit（默认全部；单位很多时省略 unit）
                        indicator levels, comma-separated (default all; leave out unit for very large inputs)
  --rules LIST          只运行这些规则（规则 ID，逗号分隔）/ run only these rules (rule IDs, comma-separated)
  --scope S             county（默认：应报送全县77个登记在册的村（社区），缺报则相关汇总按缺数据处理）、
                        某乡镇的9位代码（该乡镇自行填报的数据）或 units（只代表所报送的村（社区））
                        county (default: all 77 registered units expected; absent ones make the figures that add
                        them up missing data), a township's 9-digit code (its own data), or units (the units given)
  --allow-unregistered-units
                        评估不在登记名册中的代码（更新的区划名单），并在输出中注明；默认拒绝
                        evaluate codes not in the registry (a newer division list), noted in the output;
                        by default they are rejected

County figures (for CSV; for JSON they override the snapshot's) / 全县数据（CSV 用；对 JSON 则覆盖填报数据中的值）:
  --resident-population N         全县常住人口 / county resident population
  --urban-resident-population N   全县城镇常住人口 / county urban resident population
  --county-households N           全县户数 / county households
  --county-json FILE              全县数据 JSON 文件（snapshot 的 county 对象）/ a JSON file of county figures
                                  (the snapshot's county object), e.g. {"urbanResidentPopulation": 70000};
                                  the options above override it / 上面的选项优先
  --base-json FILE                CSV 之外的填报数据内容（asOf、county、townships、records、actions；不含 units）
                                  the rest of the snapshot for a CSV (asOf, county, townships, records, actions;
                                  no units): the CSV supplies the units, the options above override it
  --region CODE                   区域代码，默认 533124（陇川县）/ region code, default 533124 (Longchuan)

  Numbers are plain digits: 1200, 320.5; never 1,200 (the library never guesses).
  数字只写数字：1200、320.5；不要写千位分隔符 1,200（程序不做猜测）。`;

function columnsHelp(): string {
  const rows = CSV_COLUMNS.map((c) => {
    const head = `${c.headerZh} / ${c.field}${c.required ? ' *' : ''}`;
    return `  ${head}\n      ${c.hintZh}\n      ${c.hintEn}`;
  });
  return `CSV columns / CSV 列 (row 1 = headers, Chinese or English; * = required / 必填):
${rows.join('\n')}
  Empty cell = unknown, never zero. Yes/no cells: 是/否, 有/无, true/false, 1/0, Y/N.
  Dates: YYYY-MM-DD (2024/6/30 and 2024年6月30日 are read too). Numbers: plain digits, no thousands separators.
  Commas, CRLF, quoted cells and UTF-8 with or without BOM or GB18030/GBK all work.
  Nested unit fields are JSON-only: ${JSON_ONLY_UNIT_FIELDS.join(', ')}.
  空单元格表示“未知”，不是 0。是/否列可填 是/否、有/无、true/false、1/0、Y/N。
  嵌套字段（${JSON_ONLY_UNIT_FIELDS.join('、')}）只能用 JSON 填报数据提供。
  Get a template / 获取模板: ${BIN} template --out units.csv`;
}

const HELP: Record<CommandName, () => string> = {
  evaluate: () => `Usage / 用法: ${BIN} evaluate [file] [options]
       ${BIN} evaluate FILE… --series [options]
       ${BIN} evaluate FILE --stream [--out results.ndjson] [options]

评估一个县的数据，输出规划达标报告。退出码 0（用 check 在规则未达标时失败）。
Evaluate a county's data against the plan and print the report. Exits 0 (use check to fail on failing rules).

逐年评估 / Year by year (--series):
  --series              每年一个填报数据文件，逐年并列评估，输出终期评估数据报告（每年只能有一个文件）
                        one file per year, evaluated side by side: the final-assessment report (one file per year)
  --as-of D1,D2,…       与 --series 同用时为每个文件的数据日期（逗号分隔，与文件一一对应；CSV 必须给出）
                        with --series: each file's date, comma-separated, one per file (required for CSV)

流式评估 / Streamed (--stream):
  --stream              逐行读取单位（NDJSON：第1行可为表头 {"asOf": …}；或 CSV 单位表），每评估完一个单位即写出一行
                        JSON 结果，最后一行为县级和乡级评估结果；内存占用有上限（全国数据）
                        units read line by line (NDJSON, the first line may be the header {"asOf": …}; or a CSV
                        units table), one JSON line written per unit as it is judged, the county and township
                        evaluation last; bounded memory (national data)
  --threads N           流式评估 NDJSON 文件并写入 --out 文件时所用的工作线程数（默认：32 MB 以上的文件每个 CPU 核一个，
                        至多 4 个，较小的文件只用主线程；1：只用主线程）；输出与单线程逐字节相同
                        worker threads for an NDJSON file streamed into --out FILE (default: one per core, at most
                        4, for a file of 32 MB or more, else this thread only; 1: this thread only); the output is
                        byte for byte the one-thread output

${INPUT}

Output / 输出:
  --format F            text | markdown | html | json（默认 text）/ default text
  --locale L            zh-CN | en（默认 zh-CN）/ default zh-CN
  --out FILE            写入文件而非标准输出 / write to FILE instead of standard output
  -h, --help            显示帮助 / show this help

${columnsHelp()}

A progress bar (units done, rate, time left) is shown on standard error for inputs of more than 10,000 units when
it is a terminal; nothing is printed there otherwise.
超过 10,000 个单位、且标准错误是终端时，显示进度条（已完成单位数、速度、剩余时间）；否则不输出进度。

${EXIT_CODES}

Examples / 示例:
  ${BIN} evaluate --sample
  ${BIN} evaluate snapshot.json --format html --out report.html
  ${BIN} evaluate units.csv --as-of 2024-12-31 --urban-resident-population 70000 --format markdown
  cat snapshot.json | ${BIN} evaluate - --format json --locale en
  ${BIN} evaluate 2021.json 2022.json 2025.json --series --format html --out final.html
  ${BIN} evaluate 2021.csv 2022.csv --series --as-of 2021-12-31,2022-12-31 --format markdown
  ${BIN} evaluate china.ndjson --stream --out results.ndjson
`,
  check: () => `Usage / 用法: ${BIN} check [file] [options]

列出未达标的规则；刚性要求未达标时退出码为 1，否则为 0。用于 CI。
力争、原则上、一般、可等非刚性要求未达到时列为“提示”，不计为未达标；未到期与缺数据也不算未达标。
List the failing rules; exit 1 when a binding requirement fails, else 0. For CI.
A soft or informational rule (力争, 原则上, 一般, 可 …) that is not met is listed as an advisory, not a failure;
pending and missing data are not failures either.

${INPUT}

Output / 输出:
  --format F            text | json（默认 text；json 为未达标规则结果的数组）
                        default text; json prints the failing rule results as an array
  --strict              提示、缺数据、输入问题和未覆盖全部登记单位的数据也判为失败
                        also fail on advisories, missing data, input problems and data that leaves
                        registered units out
  --locale L            zh-CN | en（默认 zh-CN）/ default zh-CN
  --out FILE            写入文件而非标准输出 / write to FILE instead of standard output
  -h, --help            显示帮助 / show this help

CSV columns: as for evaluate (${BIN} evaluate --help). / CSV 列同 evaluate。

${EXIT_CODES}

Examples / 示例:
  ${BIN} check snapshot.json
  ${BIN} check units.csv --as-of 2024-12-31 --locale en
`,
  template: () => `Usage / 用法: ${BIN} template [options]

输出填报模板，已列出${VILLAGE_UNITS.length}个村（社区）（代码、乡镇、名称）、${TOWNSHIPS.length}个乡镇、全县指标项和重点任务：xlsx 工作簿（每张表一个工作表）、
一个放 CSV 文件的文件夹（每张表一个文件）或单张 CSV 表。CSV 文件为 UTF-8 带 BOM（Excel 可直接打开），CRLF 换行。填好后 evaluate 可读回其中任何一种。
Write the fill-in template, the ${VILLAGE_UNITS.length} units (code, township, name), ${TOWNSHIPS.length} townships, county items and actions listed:
an xlsx workbook (a sheet per table), a folder of CSV files (one per table), or one CSV table. CSV files are UTF-8
with a BOM (they open right in Excel) and CRLF line ends. Filled in, evaluate reads any of them back.

Options / 选项:
  --format F            csv（默认）| xlsx（需要 --out FILE）/ csv (default) | xlsx (needs --out FILE)
  --locale L            zh-CN（中文表头，默认）| en（英文字段名）/ zh-CN Chinese headers (default) | en field names
  --out FILE            写入文件而非标准输出 / write to FILE instead of standard output
  --out-dir DIR         CSV：每种表一个文件，写入 DIR / CSV: one file per table, into DIR
  --table NAME          CSV：只输出这一张表（默认 村（社区））：${TABLE_KINDS.map((k) => k.sheetZh).join('、')}
                        CSV: only this table (default units): ${TABLE_KINDS.map((k) => k.id).join(', ')}
  -h, --help            显示帮助 / show this help

${columnsHelp()}

Examples / 示例:
  ${BIN} template --format xlsx --out 填报模板.xlsx
  ${BIN} template --out-dir 填报数据
  ${BIN} template --out units.csv
`,
  schema: () => `Usage / 用法: ${BIN} schema [--input | --output] [options]

输出 JSON Schema（draft 2020-12）。 Print a JSON Schema (draft 2020-12).

Options / 选项:
  --input               输入（填报数据）的 Schema，默认 / the input's (snapshot) schema, the default
  --output              输出（评估结果，evaluate --format json）的 Schema
                        the output's (evaluation, evaluate --format json) schema
  --out FILE            写入文件而非标准输出 / write to FILE instead of standard output
  -h, --help            显示帮助 / show this help

Example / 示例:
  ${BIN} schema --input --out snapshot.schema.json
`,
};

/**
 * The help text of the command, or of one subcommand.
 *
 * @example
 * ```ts
 * helpText('template').startsWith('Usage / 用法: longchuan-community-plan template')
 * //=> true
 * ```
 */
export function helpText(command?: CommandName): string {
  return command === undefined ? MAIN : HELP[command]();
}

/**
 * Whether a word names a subcommand.
 *
 * @example
 * ```ts
 * isCommandName('check')
 * //=> true
 * ```
 */
export function isCommandName(word: string | undefined): word is CommandName {
  return word === 'evaluate' || word === 'check' || word === 'template' || word === 'schema';
}
