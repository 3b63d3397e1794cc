import * as z from 'zod/mini';
import { strictObject } from '../snapshot/_zodObject';

/**
 * The zod schema of a {@link SeriesEvaluation}'s outer shape, built on demand (so that importing the library does not
 * build it). The evaluations inside are checked by the evaluation schema one by one, and the parts derived from them
 * (`indicators`, `rules`, `actions`, `data`, `years`, `span`, `missingYears`) by working them out again from the
 * evaluations: a stored series must say exactly what its evaluations say (`validateSeries` in the reports).
 *
 * @internal
 */
export function seriesSchema() {
  const year = z.number().check(z.int(), z.minimum(1900), z.maximum(2100));
  const count = z.number().check(z.int(), z.minimum(0));
  const row = strictObject({ secretaries: count, concurrent: count });
  return strictObject({
    schemaVersion: z.literal(1),
    kind: z.literal('series'),
    plan: strictObject({ titleZh: z.string(), titleEn: z.string(), start: z.string(), end: z.string() }),
    region: z.string(),
    years: z.array(year).check(z.minLength(1)),
    span: strictObject({ first: year, last: year }),
    missingYears: z.array(year),
    evaluations: z.array(z.unknown()).check(z.minLength(1)),
    indicators: z.array(z.unknown()),
    rules: z.array(z.unknown()),
    actions: z.array(z.unknown()),
    data: z.array(z.unknown()),
    readings: z.array(strictObject({ year, rowYear: year, series: row, entered: z.nullable(row) })),
  });
}
