import { describe, expect, it } from 'vitest';
import { evaluate, evaluateFromSummary, mergeSummaries, parseSnapshot, summarizeUnits } from '../../src/index';
import { thrown } from '../_thrown';

// Two units in 章凤镇 (533124101) and one in 陇把镇 (533124102).
const snapshot = parseSnapshot({
  asOf: '2024-12-31',
  units: [
    { code: '533124101201', townshipCode: '533124101', hasServiceFacility: true },
    { code: '533124101202', townshipCode: '533124101', hasServiceFacility: false },
    { code: '533124102201', townshipCode: '533124102', hasServiceFacility: true },
  ],
});
const options = { scope: 'units' as const };
const forged = (set: (copy: any) => void) => {
  const copy = JSON.parse(JSON.stringify(summarizeUnits(snapshot, options)));
  set(copy);
  return copy;
};

describe('[S4] evaluateFromSummary checks the summary township by township', () => {
  it('an honest summary, whole or merged from shares, gives the one-pass evaluation', () => {
    const one = evaluate(snapshot, { ...options, detail: 'summary' });
    expect(evaluateFromSummary(snapshot, summarizeUnits(snapshot, options), options)).toEqual(one);
    const a = summarizeUnits({ ...snapshot, units: snapshot.units.slice(0, 2) }, options);
    const b = summarizeUnits({ ...snapshot, units: snapshot.units.slice(2) }, options);
    expect(evaluateFromSummary(snapshot, mergeSummaries(a, b), options)).toEqual(one);
  });

  it('a unit moved to another township (same total) is refused, naming the township', () => {
    const moved = forged((c) => {
      c.townships['533124101'].units = 1;
      c.townships['533124102'].units = 2;
    });
    expect(thrown(() => evaluateFromSummary(snapshot, moved, options))).toMatchObject({
      code: 'incompatible_partials',
      path: ['townships', '533124101', 'units'],
    });
  });

  // Each forgery keeps every other township right (and the total at 3, which the snapshot has), so that the township
  // named is the first and only mismatch: the extra one is checked after 章凤镇 and 陇把镇 match, the missing one after
  // every listed township matched.
  it('a township the snapshot lacks (景罕镇 533124103, one unit in the summary, none in the snapshot) is refused at its units', () => {
    const extra = forged((c) => {
      c.townships['533124103'] = { ...c.townships['533124102'] };
    });
    expect(thrown(() => evaluateFromSummary(snapshot, extra, options))).toMatchObject({
      code: 'incompatible_partials',
      path: ['townships', '533124103', 'units'],
      messageEn: 'the summary gives township 533124103 1 unit(s), the snapshot has 0',
    });
  });

  it('a township the summary lacks (陇把镇 533124102, one unit in the snapshot) is refused at the township', () => {
    const lacking = forged((c) => {
      delete c.townships['533124102'];
    });
    expect(thrown(() => evaluateFromSummary(snapshot, lacking, options))).toMatchObject({
      code: 'incompatible_partials',
      path: ['townships', '533124102'],
      messageEn: 'the summary lacks township 533124102, which has units in the snapshot',
    });
  });
});
