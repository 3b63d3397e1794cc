/**
 * The progress bar: on a terminal one rewritten line with units done, rate and time left; nothing at all when standard
 * error is not a terminal. Times come from a fake clock, never from the machine's.
 */
import { describe, expect, it } from 'vitest';
import { createProgress, progressLine, PROGRESS_THRESHOLD } from '../../src/cli/progress';

function recorder(isTTY: boolean) {
  let out = '';
  let t = 0;
  const p = createProgress({ write: (s: string) => (out += s) }, isTTY, () => t);
  return { p, advance: (ms: number) => (t += ms), out: () => out, frames: () => out.split('\r').map((f) => f.trimEnd()).filter((f) => f !== '') };
}

describe('progressLine', () => {
  it('units of a known total: count, percentage, rate, time left (hand-worked)', () => {
    // 155,000 of 620,573 in 10 s: 15,500 a second; 24.97…% done, so 10 s × (1 − f) / f = 30.04 s left.
    expect(progressLine('评估 evaluating', 155_000, 620_573, undefined, 10_000)).toBe('[进度 progress] 评估 evaluating: 155,000/620,573 个单位 units (24%) · 15,500/s · 剩余 ETA 30 s');
  });

  it('a stream of unknown length: the fraction of bytes read drives the percentage and the time left', () => {
    // A quarter of the file in 40 s: three quarters left at the same pace, 120 s = 2:00.
    expect(progressLine('评估 evaluating', 50_000, Infinity, 0.25, 40_000)).toBe('[进度 progress] 评估 evaluating: 50,000 个单位 units (25%) · 1,250/s · 剩余 ETA 2:00');
    expect(progressLine('评估 evaluating', 50_000, Infinity, undefined, 4_000)).toBe('[进度 progress] 评估 evaluating: 50,000 个单位 units · 12,500/s');
  });

  it('no rate before any time has passed, no time left at 0% or at 100%, hours past an hour', () => {
    expect(progressLine('x', 0, 100_000, undefined, 0)).toBe('[进度 progress] x: 0/100,000 个单位 units (0%)');
    expect(progressLine('x', 100_000, 100_000, undefined, 1_000)).toBe('[进度 progress] x: 100,000/100,000 个单位 units (100%) · 100,000/s');
    // 1% in 40 s: 99 × 40 s = 3,960 s = 1:06:00.
    expect(progressLine('x', 1_000, 100_000, undefined, 40_000)).toBe('[进度 progress] x: 1,000/100,000 个单位 units (1%) · 25/s · 剩余 ETA 1:06:00');
  });
});

describe('createProgress', () => {
  it('writes nothing at all when standard error is not a terminal', () => {
    const r = recorder(false);
    r.p.start(620_573);
    r.p.stage('评估', 'evaluating');
    for (let i = 1; i <= 10; i++) {
      r.advance(1_000);
      r.p.tick(i * 60_000, i / 10);
    }
    r.p.done();
    expect(r.out()).toBe('');
  });

  it('on a terminal: the stage, then rewritten lines at most every 200 ms, then done and a newline', () => {
    const r = recorder(true);
    r.p.start(100_000);
    r.p.stage('评估', 'evaluating');
    r.advance(100);
    r.p.tick(1_000); // 100 ms after the stage: not redrawn
    r.advance(100);
    r.p.tick(2_000); // 200 ms: redrawn
    r.advance(199);
    r.p.tick(3_000); // 199 ms later: not redrawn
    r.p.done();
    expect(r.frames()).toEqual([
      '[进度 progress] 评估 evaluating: 100,000 个单位 units',
      // 2,000 units in 0.2 s = 10,000/s; 2% done, 0.2 s × 98 / 2 = 9.8 s left.
      '[进度 progress] 评估 evaluating: 2,000/100,000 个单位 units (2%) · 10,000/s · 剩余 ETA 10 s',
      '[进度 progress] 完成 done',
    ]);
    expect(r.out().endsWith('\n')).toBe(true);
    expect(r.out().split('\n')).toHaveLength(2);
  });

  it(`a stream of unknown length shows nothing until more than ${PROGRESS_THRESHOLD} units are done`, () => {
    const r = recorder(true);
    r.p.start(Infinity);
    r.p.stage('评估', 'evaluating');
    r.advance(1_000);
    r.p.tick(PROGRESS_THRESHOLD, 0.5);
    r.p.done();
    expect(r.out()).toBe(''); // small: not even the done line
    const big = recorder(true);
    big.p.start(Infinity);
    big.p.stage('评估', 'evaluating');
    big.advance(1_000);
    big.p.tick(PROGRESS_THRESHOLD + 1, 0.5);
    big.p.done();
    expect(big.frames()).toEqual(['[进度 progress] 评估 evaluating: 10,001 个单位 units (50%) · 10,001/s · 剩余 ETA 1 s', '[进度 progress] 完成 done']);
  });

  it(`is silent at ${PROGRESS_THRESHOLD} units or fewer`, () => {
    const r = recorder(true);
    r.p.start(PROGRESS_THRESHOLD);
    r.p.stage('评估', 'evaluating');
    r.advance(1_000);
    r.p.tick(5_000);
    r.p.done();
    expect(r.out()).toBe('');
  });

  it('pads a shorter line over a longer one (no leftover characters, no escape codes)', () => {
    const r = recorder(true);
    r.p.start(100_000);
    r.p.stage('评估', 'evaluating');
    r.advance(1_000);
    r.p.tick(50_000);
    r.p.done();
    const frames = r.out().split('\r');
    expect(frames.at(-1)).toMatch(/^\[进度 progress\] 完成 done +\n$/);
    expect(frames.at(-1)!.trimEnd().length + (frames.at(-1)!.length - 1 - frames.at(-1)!.trimEnd().length)).toBe(frames.at(-2)!.length);
    expect(r.out()).not.toContain('\u001b');
  });
});
