/**
 * Counting unit-level rule statuses without materialising results: the engine behind `countUnitRules` and the
 * summary mode of `evaluate`. Per unit and rule it calls the rule's allocation-free status function and adds one to
 * a row of counts; it keeps the first subjects of each status that needs attention, and can note which fields units
 * lack (distinct units per field).
 *
 * @internal
 * @module
 */
import type { Unit } from '../../snapshot/unitSchema';
import { FAIL, MISSING, NOT_APPLICABLE, PASS, PENDING, simpleStatus, STATUS_COUNT, type SimpleCheck, type UnitCheck } from './unitCheck';

/**
 * How many subjects are listed per rule and status (fail, pending, missing_data): the first 100 unit codes in code
 * order. The counts are always complete.
 *
 * @clause S4
 * @example
 * ```ts
 * UNIT_RULE_SUBJECT_LIMIT
 * //=> 100
 * ```
 * @category Evaluation · 评估
 */
export const UNIT_RULE_SUBJECT_LIMIT = 100;

/**
 * The statuses whose subjects are listed, in the order of a rule's three lists.
 *
 * @category Evaluation · 评估
 */
export const LISTED_STATUSES = Object.freeze(['fail', 'pending', 'missing_data'] as const);

/**
 * The smallest `limit` strings added, kept cheaply when they arrive mostly in order: once the list is full, a string
 * not below the largest kept is skipped with one comparison.
 *
 * @internal
 */
export class SmallestList {
  private items: string[] = [];
  private full = false;
  private max = '';
  constructor(private readonly limit: number) {}

  add(s: string): void {
    if (this.full && s >= this.max) return;
    this.items.push(s);
    if (this.items.length >= 2 * this.limit) this.trim();
  }

  addAll(list: readonly string[]): void {
    for (const s of list) this.add(s);
  }

  private trim(): void {
    this.items.sort(byCode);
    if (this.items.length > this.limit) this.items.length = this.limit;
    if (this.items.length === this.limit) {
      this.full = true;
      this.max = this.items[this.limit - 1] as string;
    }
  }

  /** The kept strings, sorted (a new array). */
  sorted(): string[] {
    this.trim();
    return this.items.slice();
  }
}

/**
 * Code order (plain string order: unit codes are all 12 ASCII digits).
 *
 * @category Evaluation · 评估
 */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Distinct units lacking each field, counted as units are visited in turn (`startUnit`), from rule statuses and
 * from the indicators' missing pairs (as their sink).
 *
 * @internal
 */
export class MissingTally {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private counts: number[] = [];
  private stamps = new Int32Array(64);
  private current = 0;

  /** The id of a field (registered on first sight). */
  id(field: string): number {
    let id = this.ids.get(field);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(field, id);
      this.names.push(field);
      this.counts.push(0);
      if (id >= this.stamps.length) {
        const grown = new Int32Array(this.stamps.length * 2);
        grown.set(this.stamps);
        this.stamps = grown;
      }
    }
    return id;
  }

  /** Begin the next unit: fields noted from now on count for it, once each. */
  startUnit(): void {
    this.current++;
  }

  /** The current unit lacks the field with this id. */
  noteId(id: number): void {
    if (this.stamps[id] !== this.current) {
      this.stamps[id] = this.current;
      this.counts[id] = (this.counts[id] as number) + 1;
    }
  }

  /** As an indicators' sink: the current unit lacks `field`. */
  note(_unit: string, field: string): void {
    this.noteId(this.id(field));
  }

  /** Add counts of another tally (units counted apart). */
  addCounts(byField: Readonly<Record<string, number>>): void {
    for (const [field, n] of Object.entries(byField)) {
      const id = this.id(field);
      this.counts[id] = (this.counts[id] as number) + n;
    }
  }

  /** Units lacking each field, by field name (fields no unit lacked are left out), in field order. */
  toRecord(): Record<string, number> {
    const out: Record<string, number> = {};
    const order = this.names.map((name, id) => [name, id] as const).sort((a, b) => byCode(a[0], b[0]));
    for (const [name, id] of order) if ((this.counts[id] as number) > 0) out[name] = this.counts[id] as number;
    return out;
  }
}

/**
 * Statuses of the unit-level rules of one evaluation, counted per unit into rows of `checks.length × 5` integers
 * (rule-major, statuses in code order), with each rule's first subjects per listed status and, optionally, the units
 * lacking each field.
 *
 * @internal
 */
export class UnitRuleTally {
  readonly width: number;
  private readonly simple: (SimpleCheck | undefined)[];
  private readonly lists: SmallestList[];
  /** Per check and missing-list index, the field ids of that list (index 0: value-dependent, resolved per unit). */
  private readonly listIds: Int32Array[][] | undefined;

  constructor(
    readonly checks: readonly UnitCheck[],
    readonly missing: MissingTally | undefined,
    subjectLimit: number = UNIT_RULE_SUBJECT_LIMIT,
  ) {
    this.width = checks.length * STATUS_COUNT;
    this.simple = checks.map((c) => c.simple);
    this.lists = Array.from({ length: checks.length * 3 }, () => new SmallestList(subjectLimit));
    this.listIds =
      missing === undefined
        ? undefined
        : checks.map((c) => c.missing.map((fields, i) => Int32Array.from(i === 0 ? [] : fields.map((f) => missing.id(f)))));
  }

  /** The first subjects kept per rule and listed status (`lists[r * 3 + k]`), as plain data. */
  subjectLists(): string[][] {
    return this.lists.map((l) => l.sorted());
  }

  /** Add the first subjects of a tally of the same checks over other units (`subjectLists()`'s output). */
  addSubjectLists(lists: readonly (readonly string[])[]): void {
    for (let i = 0; i < lists.length; i++) this.lists[i]?.addAll(lists[i] as readonly string[]);
  }

  /**
   * Judge one unit on every rule and add one per rule into `row` (at `base`, `width` entries). `cls` is the unit's
   * classification code. With a missing tally, `startUnit()` must have been called for this unit.
   */
  add(unit: Unit, cls: number, row: Int32Array, base: number): void {
    const checks = this.checks;
    const simple = this.simple;
    const n = checks.length;
    for (let r = 0; r < n; r++) {
      // A simple check is judged here, from its descriptor; the others through their own status function.
      const d = simple[r];
      const s = d !== undefined ? simpleStatus(unit, cls, d) : (checks[r] as UnitCheck).status(unit, cls);
      const st = s & 7;
      const at = base + r * STATUS_COUNT + st;
      row[at] = (row[at] as number) + 1;
      if (st === PASS || st === NOT_APPLICABLE) continue;
      (this.lists[r * 3 + (st === FAIL ? 0 : st === PENDING ? 1 : 2)] as SmallestList).add(unit.code);
      if (st === MISSING && this.missing !== undefined) this.noteMissing(r, s, unit, cls);
    }
  }

  private noteMissing(r: number, s: number, unit: Unit, cls: number): void {
    const missing = this.missing as MissingTally;
    const k = s >> 3;
    if (k === 0) {
      // A value-dependent list (an invalid opening schedule): build the result to learn it.
      for (const f of (this.checks[r] as UnitCheck).build(unit, cls).missing) missing.noteId(missing.id(f));
      return;
    }
    const ids = ((this.listIds as Int32Array[][])[r] as Int32Array[])[k] as Int32Array;
    for (const id of ids) missing.noteId(id);
  }

  /** Merge subjects listed elsewhere (another tally's, or a partial's) into this one's. */
  addSubjects(r: number, listed: number, codes: readonly string[]): void {
    (this.lists[r * 3 + listed] as SmallestList).addAll(codes);
  }

  /** The subjects of rule `r` and listed status `listed` (0 fail, 1 pending, 2 missing_data), sorted, capped. */
  subjects(r: number, listed: number): string[] {
    return (this.lists[r * 3 + listed] as SmallestList).sorted();
  }
}
