import { deepFreeze } from '../_lib/deepFreeze';

/**
 * Every rule ID, in catalogue order: the plan's clause order, then the order the rules are defined in (45 in all).
 * The tuple is frozen.
 *
 * @clause B1
 * @clause S2
 * @example
 * ```ts
 * RULE_IDS.slice(0, 3)
 * //=> ['b1-one-shoulder-trend', 'p1-5-facility-activity-share', 't3-opening-hours']
 * ```
 * @category Evaluation · 评估
 */
export const RULE_IDS = deepFreeze([
  'b1-one-shoulder-trend',
  'p1-5-facility-activity-share',
  't3-opening-hours',
  't3-proxy-government-service',
  't3-online-service-24h',
  't3-satisfaction-survey',
  'p2-1-brand-organisations',
  'p2-1-brand-projects',
  'p2-2-volunteer-station',
  'p2-2-registered-volunteers',
  't7-legal-services',
  'p3-1-party-organisations-reported',
  'p3-1-serving-party-members-reported',
  'p3-2-township-elderly-care-centre',
  'p3-2-regional-elderly-care-centres',
  'p3-2-day-care-coverage',
  'p3-2-new-estate-elderly-care-space',
  'p3-2-monthly-visit-rate',
  'p3-2-visits-on-roster',
  'p3-3-minor-protection-station',
  'p3-4-disabled-persons-association',
  'p3-4-mental-health-rehabilitation',
  'p3-9-fitness-circle',
  'p3-11-rural-auxiliary-police',
  'p3-11-urban-community-police',
  'p3-11-urban-auxiliary-police',
  'p3-12-legal-adviser',
  'p3-14-demonstration-villages',
  'p3-16-village-plan',
  'p3-16-village-plans',
  't8-new-facility-area',
  'p4-2-relocation-site-facilities',
  't10-grid-members',
  't10-ethnic-religious-officer',
  't11-training-coverage',
  't12-village-cadre-pay-structure',
  't12-pension-insurance',
  't12-medical-insurance',
  't12-housing-fund',
  't12-urban-worker-income',
  'p6-1-workers-trained',
  'p6-3-social-workers',
  'p6-3-social-workers-two',
  'p6-3-social-work-station',
  'p6-3-social-work-talent',
  's2-residential-utility-prices',
] as const);

/**
 * The stable ID of one rule: a literal union, so a mistyped ID does not compile.
 *
 * @clause P3.2
 * @example
 * ```ts
 * const id: RuleId = 'p3-2-monthly-visit-rate';
 * getRule(id).clause
 * //=> 'P3.2'
 * ```
 * @category Evaluation · 评估
 */
export type RuleId = (typeof RULE_IDS)[number];

/**
 * Whether a value is a rule ID.
 *
 * @clause T3
 * @example
 * ```ts
 * isRuleId('t3-opening-hours')
 * //=> true
 * isRuleId('t3-opening-hour')
 * //=> false
 * ```
 * @category Evaluation · 评估
 */
export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}
