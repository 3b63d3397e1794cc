/**
 * Private helper: how a result's subject is named at the head of its messages (the unit's name, then its code).
 *
 * @internal
 * @module
 */
import { findTownship, findVillageUnit } from '../../units/findUnit';
import { COUNTY } from '../../units/units.generated';

/** The registered name of a county, township or village-level code (a village with its township's name in front). */
function nameOf(code: string): string | undefined {
  if (code === COUNTY.code) return COUNTY.name;
  if (code.length === 9) return findTownship(code)?.name;
  if (code.length !== 12) return undefined;
  const unit = findVillageUnit(code);
  if (unit === undefined) return undefined;
  // A registered unit's township is registered too.
  return `${(findTownship(unit.townshipCode) as { name: string }).name}${unit.shortName}`;
}

const YEAR_SUBJECT = /^(\d{6}|\d{9}|\d{12}):(\d{4})$/;

/**
 * A subject as it leads a message: a registered code by name, then the code (`'章凤镇迭撒村（533124101203）'` in
 * Chinese, `'章凤镇迭撒村 (533124101203)'` in English; townships and the county by name likewise); a
 * `<code>:<year>` subject as the named code and the year; anything else (an unregistered code, a record ID) as it is.
 *
 * @internal
 * @clause S4
 * @example
 * ```ts
 * [subjectLabel('533124101203').zh, subjectLabel('533124101').en, subjectLabel('533124:2023').zh, subjectLabel('533199101203').zh]
 * //=> ['章凤镇迭撒村（533124101203）', '章凤镇 (533124101)', '陇川县（533124）2023年', '533199101203']
 * ```
 */
export function subjectLabel(subject: string): { readonly zh: string; readonly en: string } {
  // The rules of one unit name the same subject one after another (24 rules, each in both languages): the last label
  // is kept, so that the registry look-up, the year pattern and the two strings are made once per subject, not 48 times.
  if (subject === lastSubject && lastLabel !== undefined) return lastLabel;
  const label = Object.freeze(labelOf(subject));
  lastSubject = subject;
  lastLabel = label;
  return label;
}

let lastSubject: string | undefined;
let lastLabel: { readonly zh: string; readonly en: string } | undefined;

function labelOf(subject: string): { zh: string; en: string } {
  const name = nameOf(subject);
  if (name !== undefined) return { zh: `${name}（${subject}）`, en: `${name} (${subject})` };
  // `<code>:<year>` has a colon five characters from its end: anything else skips the pattern.
  if (subject.charCodeAt(subject.length - 5) !== 58) return { zh: subject, en: subject };
  const m = YEAR_SUBJECT.exec(subject);
  if (m !== null) {
    const code = m[1] as string;
    const year = m[2] as string;
    const named = nameOf(code);
    if (named !== undefined) return { zh: `${named}（${code}）${year}年`, en: `${named} (${code}) ${year}` };
  }
  return { zh: subject, en: subject };
}

/**
 * The Chinese form of {@link subjectLabel}.
 *
 * @internal
 * @clause S4
 * @example
 * ```ts
 * subjectZh('533124400001')
 * //=> '陇川农场陇农社区（533124400001）'
 * ```
 */
export function subjectZh(subject: string): string {
  return subjectLabel(subject).zh;
}

/**
 * The English form of {@link subjectLabel}.
 *
 * @internal
 * @clause S4
 * @example
 * ```ts
 * subjectEn('533124')
 * //=> '陇川县 (533124)'
 * ```
 */
export function subjectEn(subject: string): string {
  return subjectLabel(subject).en;
}
