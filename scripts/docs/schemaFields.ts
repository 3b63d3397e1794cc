/**
 * The fields of the snapshot, read from the zod schemas' source (each property's doc comment), so that the data-format
 * guide lists exactly the fields the schema accepts, described in the words of the code.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const SRC = new URL('../../src/snapshot/', import.meta.url);

/** One field of an object schema. */
export interface SchemaField {
  readonly name: string;
  readonly required: boolean;
  /** What the value looks like, from the schema it is built with. */
  readonly kind: string;
  /** The property's doc comment. */
  readonly doc: string;
}

/** Kinds of value, by the schema a property is built with. */
const KINDS: Readonly<Record<string, string>> = {
  countSchema: 'whole number ≥ 0',
  areaSchema: 'm², number or string, ≤ 2 decimals',
  moneySchema: 'yuan, number or string, ≤ 2 decimals',
  flagSchema: 'true / false',
  dateSchema: 'YYYY-MM-DD',
  textSchema: 'text',
  unitCodeSchema: '12-digit code (string)',
  townshipCodeSchema: '9-digit code (string)',
  regionCodeSchema: '2-, 4- or 6-digit code, or "" (string)',
  recordIdSchema: 'ID (string)',
  yearSchema: 'year (integer)',
  weeklyScheduleSchema: 'weekly schedule: { mon: ["08:00-12:00", …], … }',
  cadrePaySchema: 'object of four true / false',
  tariffSchema: '"residential" / "non_residential" / "not_supplied"',
  countySchema: 'object (county figures)',
  recordsSchema: 'object (record lists)',
  townshipRecordsSchema: 'array of township records',
  actionStatusesSchema: 'array of action statuses',
  oneShoulderSeriesSchema: 'array of { year, secretaries, concurrent }',
  urbanUnitWagesSchema: 'array of { year, averageMonthlyWage | averageAnnualWage }',
  newEstatesSchema: 'array of estates',
  elderlyVisitsSchema: 'object { from, to, roster, visits }',
  serviceOutletsSchema: 'array of outlets',
  relocationSitesSchema: 'array of sites',
  communityWorkerIncomesSchema: 'array of { year, unitCode?, averageMonthlyIncome }',
  rosterEntrySchema: 'roster entries',
  visitSchema: 'visits',
  unitSchema: 'units',
};

function kindOf(init: ts.Expression, sf: ts.SourceFile): string {
  let e: ts.Expression = init;
  // Peel `.optional()`, `.max(…)` and the like down to the base schema.
  while (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    const method = e.expression.name.text;
    if (method === 'enum' || method === 'array' || method === 'string') break;
    // zod/mini wraps instead of chaining: `z.optional(schema)`.
    const wrapped = e.arguments[0];
    if (method === 'optional' && wrapped !== undefined) {
      e = wrapped;
      continue;
    }
    e = e.expression.expression;
  }
  if (ts.isIdentifier(e)) return KINDS[e.text] ?? e.text;
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    const method = e.expression.name.text;
    const arg = e.arguments[0];
    if (method === 'enum' && arg !== undefined && ts.isArrayLiteralExpression(arg)) {
      return arg.elements.map((x) => (ts.isStringLiteral(x) ? `"${x.text}"` : x.getText(sf))).join(' / ');
    }
    if (method === 'array' && arg !== undefined) return `array of ${kindOf(arg, sf)}`;
    if (method === 'string') return 'text';
  }
  return init.getText(sf);
}

function docOf(node: ts.Node, sf: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? [];
  const last = ranges[ranges.length - 1];
  if (last === undefined) return '';
  const text = sf.text.slice(last.pos, last.end);
  if (!text.startsWith('/**')) return '';
  return text
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, '').trim())
    .join(' ')
    .trim();
}

/**
 * The properties of the first `strictObject({...})` in the declaration of `name` in `file` (under src/snapshot/).
 *
 * @throws Error when the declaration or its object is not found.
 */
export function schemaFields(file: string, name: string): SchemaField[] {
  const text = readFileSync(new URL(file, SRC), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  let decl: ts.VariableDeclaration | undefined;
  const find = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name) decl = n;
    else ts.forEachChild(n, find);
  };
  find(sf);
  if (decl?.initializer === undefined) throw new Error(`${file}: no declaration ${name}`);
  let object: ts.ObjectLiteralExpression | undefined;
  const findObject = (n: ts.Node): void => {
    if (object !== undefined) return;
    // `z.strictObject({…})`, or `strictObject({…})` as src/snapshot/_zodObject.ts makes it for zod/mini.
    const callee = ts.isCallExpression(n) ? n.expression : undefined;
    const isStrictObject =
      callee !== undefined &&
      ((ts.isPropertyAccessExpression(callee) && callee.name.text === 'strictObject') || (ts.isIdentifier(callee) && callee.text === 'strictObject'));
    if (ts.isCallExpression(n) && isStrictObject) {
      const arg = n.arguments[0];
      if (arg !== undefined && ts.isObjectLiteralExpression(arg)) object = arg;
    }
    ts.forEachChild(n, findObject);
  };
  findObject(decl.initializer);
  if (object === undefined) throw new Error(`${file}: ${name} is not a strictObject`);
  return object.properties.filter(ts.isPropertyAssignment).map((p) => ({
    name: p.name.getText(sf),
    required: !/\.optional\(\)\s*$|^z\.optional\(/.test(p.initializer.getText(sf)),
    kind: kindOf(p.initializer, sf),
    doc: docOf(p, sf),
  }));
}

/** The sections of the snapshot reference: a title, where the object sits, and its schema. */
export const SNAPSHOT_SECTIONS: readonly { readonly path: string; readonly file: string; readonly name: string }[] = [
  { path: 'snapshot', file: 'snapshotSchema.ts', name: 'snapshotSchema' },
  { path: 'units[]', file: 'unitSchema.ts', name: 'unitSchema' },
  { path: 'units[].cadrePay', file: 'ruleData/cadrePay.ts', name: 'cadrePaySchema' },
  { path: 'county', file: 'countySchema.ts', name: 'countySchema' },
  { path: 'county.oneShoulder[]', file: 'ruleData/oneShoulder.ts', name: 'oneShoulderYearSchema' },
  { path: 'county.urbanUnitWages[]', file: 'ruleData/wages.ts', name: 'urbanUnitWageSchema' },
  { path: 'townships[]', file: 'ruleData/townshipRecord.ts', name: 'townshipRecordSchema' },
  { path: 'records', file: 'ruleData/records.ts', name: 'recordsSchema' },
  { path: 'records.newEstates[]', file: 'ruleData/newEstate.ts', name: 'newEstateSchema' },
  { path: 'records.elderlyVisits', file: 'ruleData/elderlyVisits.ts', name: 'elderlyVisitsSchema' },
  { path: 'records.elderlyVisits.roster[]', file: 'ruleData/elderlyVisits.ts', name: 'rosterEntrySchema' },
  { path: 'records.elderlyVisits.visits[]', file: 'ruleData/elderlyVisits.ts', name: 'visitSchema' },
  { path: 'records.serviceOutlets[]', file: 'ruleData/serviceOutlet.ts', name: 'serviceOutletSchema' },
  { path: 'records.relocationSites[]', file: 'ruleData/relocationSite.ts', name: 'relocationSiteSchema' },
  { path: 'records.communityWorkerIncome[]', file: 'ruleData/wages.ts', name: 'communityWorkerIncomeSchema' },
  { path: 'actions[]', file: 'ruleData/actionStatus.ts', name: 'actionStatusSchema' },
];
