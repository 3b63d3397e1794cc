import { describe, expect, it } from 'vitest';
import { REPORT_LABELS } from '../../src/report/labels';
import type { HeadlineRow } from '../../src/report/reportModel';
import { svgChart } from '../../src/report/svgChart';

// Geometry of the chart (see svgChart): viewBox 480 × 260, plot from x = 48 to x = 480 − 46 = 434 (width 386) and
// from y = 30 to y = 260 − 34 = 226 (height 196). A value v is drawn at y = 226 − v / yMax × 196. The time axis runs
// from min(2020-12-31, asOf) to max(2025-12-31, asOf), padded by 4 % of that span on each side. Day counts below are
// counted from 2020-12-31 (2024 is a leap year: 2021-12-31 = 365, 2022-12-31 = 730, 2023-12-31 = 1095,
// 2024-12-31 = 1461, 2025-12-31 = 1826).

const en = REPORT_LABELS.en;

function row(over: Partial<HeadlineRow>): HeadlineRow {
  return {
    id: 'workers_per_10000_urban_residents',
    clause: 'P1.7',
    name: 'Workers',
    unit: 'workers',
    baseline: '2',
    value: '5',
    display: '5.0',
    noValue: null,
    expected: '5.598',
    expectedDisplay: '5.6',
    target: '8',
    status: 'behind',
    statusLabel: 'behind',
    gap: null,
    ...over,
  } as HeadlineRow;
}

const chart = (r: HeadlineRow, asOf = '2023-12-31') => svgChart({ row: r, asOf, labels: en, id: 'c' });
/** The value-axis tick labels, bottom to top. */
const valueTicks = (svg: string) => [...svg.matchAll(/text-anchor="end">([^<]*)<\/text>/g)].map((m) => m[1]);
/** The years labelled on the time axis. */
const years = (svg: string) => [...svg.matchAll(/<text class="tick" x="([^"]*)" y="244" text-anchor="middle">(\d+)<\/text>/g)].map((m) => `${m[2]}@${m[1]}`);
const line = (svg: string, cls: string) => svg.split('\n').find((l) => l.startsWith(`<text class="${cls}"`));

describe('svgChart: exact layout', () => {
  it('a whole chart: baseline 2, target 8, value 5, expected 5.6 on 2023-12-31', () => {
    // Highest figure 8 → top 8 × 1.12 = 8.96, a quarter of it 2.24 → step 2.5 (the nice step above 2.24),
    // ceil(8.96 / 2.5) = 4 intervals → yMax 10; y = 226 − 19.6 v. Ticks 0.0 … 10.0 (one decimal for a .5 step).
    // Time: span 1826 days, pad 73.04, x = 48 + (d + 73.04) / 1972.08 × 386:
    // 2020-12-31 → 62.3, 2021 → 133.7, 2022 → 205.2, 2023 → 276.6, 2024 → 348.3, 2025 → 419.7.
    // As-of x 276.6 is between 108 and 374 → label anchored in the middle.
    // Target y = 226 − 156.8 = 69.2; baseline y = 226 − 39.2 = 186.8; expected y = 226 − 109.72 = 116.3.
    // Value y = 128; its label above would sit at 117 and its box (104 … 122) contains the expected dot at
    // 116.3, so it goes below: 148 (< 224, still in the plot).
    expect(chart(row({}))).toBe(
      [
        '<svg viewBox="0 0 480 260" role="img" aria-labelledby="c-title" aria-describedby="c-desc" class="chart-svg">',
        '<title id="c-title">P1.7 Workers</title>',
        '<desc id="c-desc">Workers: 2020 baseline 2 workers; expected on 2023-12-31 5.6 workers; value on 2023-12-31 5.0 workers; 2025 target 8 workers; behind.</desc>',
        '<line class="grid" x1="48" x2="434" y1="226" y2="226"/>',
        '<text class="tick" x="42" y="230" text-anchor="end">0.0</text>',
        '<line class="grid" x1="48" x2="434" y1="177" y2="177"/>',
        '<text class="tick" x="42" y="181" text-anchor="end">2.5</text>',
        '<line class="grid" x1="48" x2="434" y1="128" y2="128"/>',
        '<text class="tick" x="42" y="132" text-anchor="end">5.0</text>',
        '<line class="grid" x1="48" x2="434" y1="79" y2="79"/>',
        '<text class="tick" x="42" y="83" text-anchor="end">7.5</text>',
        '<line class="grid" x1="48" x2="434" y1="30" y2="30"/>',
        '<text class="tick" x="42" y="34" text-anchor="end">10.0</text>',
        '<line class="axis" x1="62.3" x2="62.3" y1="226" y2="231"/>',
        '<text class="tick" x="62.3" y="244" text-anchor="middle">2020</text>',
        '<line class="axis" x1="133.7" x2="133.7" y1="226" y2="231"/>',
        '<text class="tick" x="133.7" y="244" text-anchor="middle">2021</text>',
        '<line class="axis" x1="205.2" x2="205.2" y1="226" y2="231"/>',
        '<text class="tick" x="205.2" y="244" text-anchor="middle">2022</text>',
        '<line class="axis" x1="276.6" x2="276.6" y1="226" y2="231"/>',
        '<text class="tick" x="276.6" y="244" text-anchor="middle">2023</text>',
        '<line class="axis" x1="348.3" x2="348.3" y1="226" y2="231"/>',
        '<text class="tick" x="348.3" y="244" text-anchor="middle">2024</text>',
        '<line class="axis" x1="419.7" x2="419.7" y1="226" y2="231"/>',
        '<text class="tick" x="419.7" y="244" text-anchor="middle">2025</text>',
        '<line class="axis" x1="48" x2="434" y1="226" y2="226"/>',
        '<line class="asof" x1="276.6" x2="276.6" y1="26" y2="226"/>',
        '<text class="asof-label" x="276.6" y="20" text-anchor="middle">as of 2023-12-31</text>',
        '<line class="target" x1="48" x2="434" y1="69.2" y2="69.2"><title>2025 target 8 workers</title></line>',
        '<text class="target-label" x="439" y="73.2">8</text>',
        '<line class="trajectory" x1="62.3" y1="186.8" x2="419.7" y2="69.2"><title>Expected path (straight line from baseline to target)</title></line>',
        '<circle class="baseline" cx="62.3" cy="186.8" r="4"><title>2020 baseline 2 workers</title></circle>',
        '<text class="point-label" x="68.3" y="202.8">2020 baseline 2</text>',
        '<circle class="expected" cx="276.6" cy="116.3" r="4.5"><title>Expected now 5.6 workers</title></circle>',
        '<circle class="current dot-behind" cx="276.6" cy="128" r="6"><title>Current value 5.0 workers</title></circle>',
        '<text class="value-label" x="276.6" y="148" text-anchor="middle">5.0</text>',
        '</svg>',
      ].join('\n'),
    );
  });
});

describe('svgChart: the value axis', () => {
  const only = (target: string, unit = 'workers') =>
    row({ unit, target, baseline: null, value: null, display: null, noValue: 'missing', expected: null, expectedDisplay: null });

  it('a rate within 100 % whose top is above 75 % is drawn on a 0–100 % axis in steps of 25', () => {
    // 90 × 1.12 = 100.8 > 75 → 0, 25, 50, 75, 100.
    expect(valueTicks(chart(only('90', '%')))).toEqual(['0', '25', '50', '75', '100']);
  });

  it('other axes end at 1.12 × the highest figure, rounded up to a nice step', () => {
    // Not a rate: 70 × 1.12 = 78.4, quarter 19.6 → step 20, ceil(78.4 / 20) = 4 → 0 … 80.
    expect(valueTicks(chart(only('70')))).toEqual(['0', '20', '40', '60', '80']);
    // A rate above 100: 120 × 1.12 = 134.4, quarter 33.6 → step 50, ceil(2.688) = 3 → 0 … 150.
    expect(valueTicks(chart(only('120', '%')))).toEqual(['0', '50', '100', '150']);
    // A low rate: 60 × 1.12 = 67.2 ≤ 75 → quarter 16.8 → step 20 → 0 … 80.
    expect(valueTicks(chart(only('60', '%')))).toEqual(['0', '20', '40', '60', '80']);
    // Boundary: 66.96428571428571 × 1.12 is exactly 75 (not above 75) → quarter 18.75 → step 20 → 0 … 80.
    expect(valueTicks(chart(only('66.96428571428571', '%')))).toEqual(['0', '20', '40', '60', '80']);
    // Large: 1000 × 1.12 = 1120, quarter 280 = 2.8 × 100 → step 5 × 100 = 500, ceil(2.24) = 3 → 0 … 1500.
    expect(valueTicks(chart(only('1000')))).toEqual(['0', '500', '1000', '1500']);
  });

  it('the nice step at the exact boundaries 1, 2, 2.5 and 5 (× 10^k) is that step itself', () => {
    // Each target × 1.12 is exactly 4, 8, 10 and 20 in binary floating point, so a quarter of the top is exactly
    // 1, 2, 2.5 and 5: the step, and the top is exactly 4 intervals.
    expect(valueTicks(chart(only('3.571428571428571')))).toEqual(['0', '1', '2', '3', '4']);
    expect(valueTicks(chart(only('7.142857142857142')))).toEqual(['0', '2', '4', '6', '8']);
    expect(valueTicks(chart(only('8.928571428571427')))).toEqual(['0.0', '2.5', '5.0', '7.5', '10.0']);
    expect(valueTicks(chart(only('17.857142857142854')))).toEqual(['0', '5', '10', '15', '20']);
    // 1.5 → top 1.5 × 1.12 = 1.68, a quarter 0.42 → step 0.5, 4 intervals to 2: labels with the step's one place
    // (they were '0.00', '0.50', … with a place too many).
    expect(valueTicks(chart(only('1.5')))).toEqual(['0.0', '0.5', '1.0', '1.5', '2.0']);
  });
});

describe('svgChart: the time axis and the as-of label', () => {
  it('as of a date before the baseline: the axis starts before 2020-12-31 and shows the 2019 year end when it fits', () => {
    // 2020-03-25 is 281 days before 2020-12-31: span 2107 days, pad 84.28, x = 48 + (d + 365.28) / 2275.56 × 386.
    // 2019-12-31 (d = −366) → 47.88, within the 0.5 px tolerance of the left edge 48; 2020 → 110, … 2025 → 419.7.
    const svg = chart(row({}), '2020-03-25');
    expect(years(svg)).toEqual(['2019@47.9', '2020@110', '2021@171.9', '2022@233.8', '2023@295.7', '2024@357.8', '2025@419.7']);
    // As-of x = 48 + 84.28 / 2275.56 × 386 = 62.3 < 48 + 60 → anchored at its start.
    expect(line(svg, 'asof-label')).toBe('<text class="asof-label" x="62.3" y="20" text-anchor="start">as of 2020-03-25</text>');
  });

  it('as of 2020-09-30 the 2019 year end lies left of the plot and is not drawn', () => {
    // 92 days before: span 1918, pad 76.72, x = 48 + (d + 168.72) / 2071.44 × 386; 2019-12-31 → 11.2 (outside).
    expect(years(chart(row({}), '2020-09-30'))).toEqual(['2020@79.4', '2021@147.5', '2022@215.5', '2023@283.5', '2024@351.7', '2025@419.7']);
  });

  it('as of a date after the plan period: the axis goes on to the as-of year, within the plot', () => {
    // 2026-10-09 is 2108 days after 2020-12-31: pad 84.32, x = 48 + (d + 84.32) / 2276.64 × 386;
    // 2026-12-31 (d = 2191) → 433.8, within 0.5 px of the right edge 434. The as-of x is 419.7 > 374 → anchored at its end.
    const late = chart(row({}), '2026-10-09');
    expect(years(late)).toEqual(['2020@62.3', '2021@124.2', '2022@186.1', '2023@248', '2024@310', '2025@371.9', '2026@433.8']);
    expect(line(late, 'asof-label')).toBe('<text class="asof-label" x="419.7" y="20" text-anchor="end">as of 2026-10-09</text>');
    // 2027-01-31 (d = 2222): pad 88.88, x = 48 + (d + 88.88) / 2399.76 × 386; 2027-12-31 (d = 2556) → 473.4, right
    // of the plot, not drawn.
    expect(years(chart(row({}), '2027-01-31'))).toEqual(['2020@62.3', '2021@121', '2022@179.7', '2023@238.4', '2024@297.3', '2025@356', '2026@414.7']);
  });

  it('as of a date years before or after the period: a tick at every year end on the axis, labels thinned past 12 years', () => {
    const labelsOf = (svg: string) => [...svg.matchAll(/text-anchor="middle">(\d{4})<\/text>/g)].map((m) => m[1]);
    // Year-end ticks are the short axis lines (5 px, from y 226 down to 231); the axis itself is the long one.
    const tickCount = (svg: string) => svg.split('\n').filter((l) => l.startsWith('<line class="axis"') && l.includes('y2="231"')).length;
    // 2018-06-30 to 2025-12-31: 2741 days, pad 4% = 109.6 days, so 2017-12-31 (183 days before) and 2026-12-31 (365
    // after) are off the axis; 2018…2025 are on it (2018 was left out before), 8 years ≤ 12: every one labelled.
    const y2018 = chart(row({}), '2018-06-30');
    expect(labelsOf(y2018)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(tickCount(y2018)).toBe(8);
    // 2010-06-30 to 2025-12-31: 5663 days, pad 226.5, so 2009-12-31 (181 days before) is on the axis: 2009…2025 is
    // 17 ticks; the axis spans (5663 + 453) / 365.25 = 16.7 years > 12 → every 2nd year labelled (the even ones).
    const y2010 = chart(row({}), '2010-06-30');
    expect(labelsOf(y2010)).toEqual(['2010', '2012', '2014', '2016', '2018', '2020', '2022', '2024']);
    expect(tickCount(y2010)).toBe(17);
    // 2020-12-31 to 2050-06-30: 10773 days, pad 430.9, so 2019-12-31 (366 before) and 2050-12-31 (184 after) are on
    // it, 2051-12-31 (549 after) is not: 2019…2050 is 32 ticks; 31.9 years: 24 < 31.9 ≤ 60 → every 5th year labelled.
    const y2050 = chart(row({}), '2050-06-30');
    expect(labelsOf(y2050)).toEqual(['2020', '2025', '2030', '2035', '2040', '2045', '2050']);
    expect(tickCount(y2050)).toBe(32);
    // 2020-12-31 to 2080-06-30: 21549 days to 2079-12-31 (59 years, 14 of them leap) + 182 = 21731, pad 869.24: the
    // pad is more than a year, so 2018-12-31 (731 days before) and 2081-12-31 (549 after) are on the axis, 2017 and
    // 2082 are not: 64 ticks; (21731 + 1738.48) / 365.25 = 64.3 years: 60 < 64.3 ≤ 120 → every 10th year labelled.
    const y2080 = chart(row({}), '2080-06-30');
    expect(labelsOf(y2080)).toEqual(['2020', '2030', '2040', '2050', '2060', '2070', '2080']);
    expect(tickCount(y2080)).toBe(64);
  });

  it('the as-of label is anchored at its start near the left edge and at its end near the right edge', () => {
    // 2021-03-31 (d = 90): x = 48 + 163.04 / 1972.08 × 386 = 79.9 < 108.
    expect(line(chart(row({}), '2021-03-31'), 'asof-label')).toBe('<text class="asof-label" x="79.9" y="20" text-anchor="start">as of 2021-03-31</text>');
    // 2025-06-30 (d = 1642): x = 48 + 1715.04 / 1972.08 × 386 = 383.7 > 374.
    expect(line(chart(row({}), '2025-06-30'), 'asof-label')).toBe('<text class="asof-label" x="383.7" y="20" text-anchor="end">as of 2025-06-30</text>');
  });
});

describe('svgChart: the value label and what is drawn', () => {
  // On 2023-12-31 with target 8 (yMax 10, y = 226 − 19.6 v) the as-of x is 276.6 and the target line is at y 69.2.
  it('the value label goes above its dot when nothing is in the way', () => {
    // No baseline, so no expected dot: value 5 → y 128, label at 117; target 69.2 is outside its box 104 … 122.
    const svg = chart(row({ baseline: null, expected: null, expectedDisplay: null }));
    expect(line(svg, 'value-label')).toBe('<text class="value-label" x="276.6" y="117" text-anchor="middle">5.0</text>');
    expect(svg).not.toContain('class="expected"');
  });

  it('an expected figure without a baseline draws no dot, so the label does not avoid it', () => {
    // expected 5.598 → y 116.3 would be inside the label box, but only a dot that is drawn (it needs a baseline) counts.
    const svg = chart(row({ baseline: null }));
    expect(line(svg, 'value-label')).toBe('<text class="value-label" x="276.6" y="117" text-anchor="middle">5.0</text>');
    expect(svg).not.toContain('class="expected"');
  });

  it('near the top of the plot the label goes below its dot', () => {
    // value 8.9 (8.9 × 1.12 = 9.968, still step 2.5 and yMax 10) → y 226 − 174.44 = 51.56; above would be 40.56,
    // whose top 28.56 is above the plot top 30 (the target line 69.2 is clear of the box) → below: 71.56.
    const svg = chart(row({ value: '8.9', display: '8.9', baseline: null, expected: null, expectedDisplay: null }));
    expect(line(svg, 'value-label')).toBe('<text class="value-label" x="276.6" y="71.6" text-anchor="middle">8.9</text>');
  });

  it('near the bottom a blocked label stays above (there is no room below)', () => {
    // value 1 → y 206.4, above 195.4 with box 182.4 … 200.4; expected 1.8 → y 190.7 is inside it (blocked), but
    // below would be 226.4, not above 224 (2 px inside the plot bottom 226) → stays above.
    const svg = chart(row({ value: '1', display: '1.0', expected: '1.8', expectedDisplay: '1.8' }));
    expect(line(svg, 'value-label')).toBe('<text class="value-label" x="276.6" y="195.4" text-anchor="middle">1.0</text>');
    expect(svg).toContain('<circle class="expected" cx="276.6" cy="190.7" r="4.5"><title>Expected now 1.8 workers</title></circle>');
  });

  it('no value: a note at the as-of date instead of a dot — the reason given, or "no data"', () => {
    // The note sits 10 px above the plot bottom: 226 − 10 = 216.
    const missing = chart(row({ value: null, display: null, noValue: 'missing' }));
    expect(line(missing, 'novalue-label')).toBe('<text class="novalue-label" x="276.6" y="216" text-anchor="middle">missing</text>');
    expect(missing).not.toContain('class="current');
    const plain = chart(row({ value: null, display: null, noValue: null }));
    expect(line(plain, 'novalue-label')).toBe('<text class="novalue-label" x="276.6" y="216" text-anchor="middle">missing data</text>');
  });

  it('a value without its display text, or an expected value without its display text, is not drawn', () => {
    const noDisplay = chart(row({ display: null }));
    expect(noDisplay).not.toContain('class="current');
    expect(line(noDisplay, 'novalue-label')).toBe('<text class="novalue-label" x="276.6" y="216" text-anchor="middle">missing data</text>');
    expect(chart(row({ expectedDisplay: null }))).not.toContain('class="expected"');
    // A baseline without an expected figure: the trajectory and baseline dot, but no expected dot.
    const noExpected = chart(row({ expected: null, expectedDisplay: null }));
    expect(noExpected).toContain('class="trajectory"');
    expect(noExpected).not.toContain('class="expected"');
  });
});

describe('svgChart: the value label exactly at the edges of its box', () => {
  // Target 8, yMax 10: y = 226 − 19.6 v, the target line at y 69.2. The label above a dot at yv sits at yv − 11 and
  // occupies the open interval (yv − 24, yv − 6); it must start at or below the plot top (yv − 23 ≥ 30) and it goes
  // below (yv + 20) only when that is strictly less than 224. Each value below is the decimal that puts the dot
  // exactly on one of these edges in binary floating point (e.g. 6.775510204081633 × 19.6 = 132.8, so yv = 93.2).
  const label = (value: string, over: Partial<HeadlineRow> = {}) =>
    line(chart(row({ value, display: value, baseline: null, expected: null, expectedDisplay: null, ...over })), 'value-label');

  it('a target line exactly on the top or bottom edge of the label box does not cross it', () => {
    // yv 93.2 → box (69.2, 87.2): the target line 69.2 is on its edge → label stays above at 82.2.
    expect(label('6.775510204081633')).toBe('<text class="value-label" x="276.6" y="82.2" text-anchor="middle">6.775510204081633</text>');
    // yv 75.2 → box (51.2, 69.2): the target line is on the other edge → label stays above at 64.2.
    expect(label('7.6938775510204085')).toBe('<text class="value-label" x="276.6" y="64.2" text-anchor="middle">7.6938775510204085</text>');
  });

  it('a label whose top is exactly the plot top stays above', () => {
    // yv 53 → label at 42, its top 42 − 12 = 30 is the plot top itself.
    expect(label('8.826530612244898')).toBe('<text class="value-label" x="276.6" y="42" text-anchor="middle">8.826530612244898</text>');
  });

  it('a blocked label whose place below would be exactly 224 stays above', () => {
    // yv 204, label above at 193 with box (180, 198); the expected dot 1.5 → 196.6 blocks it; below would be 224,
    // not less than 224 → stays above.
    expect(label('1.1224489795918366', { baseline: '2', expected: '1.5', expectedDisplay: '1.5' })).toBe(
      '<text class="value-label" x="276.6" y="193" text-anchor="middle">1.1224489795918366</text>',
    );
  });
});
