/**
 * The embedded sample: Longchuan's real 77 village-level units with illustrative figures (not official statistics),
 * built so that an evaluation shows every status.
 *
 * @example
 * ```ts
 * import { SAMPLE_NOTICE, SAMPLE_SNAPSHOT } from 'longchuan-community-plan';
 * [SAMPLE_SNAPSHOT.asOf, SAMPLE_NOTICE.en]
 * //=> ['2024-06-30', 'Illustrative sample data, not official statistics']
 * ```
 *
 * @module
 */
export { SAMPLE_SNAPSHOT } from './sampleSnapshot';
export { SAMPLE_NOTICE } from './SAMPLE_NOTICE';
