import {
  countdownDeadline,
  laterDeadline,
  msUntilNextTick,
  remainingSeconds,
  type Clocks,
} from '../../src/engine/countdown';

/** Two clocks the test moves by hand: `tick` moves both, `jumpWall` only the wall clock. */
function fakeClocks(wall = 1_700_000_000_000, mono = 5_000) {
  const state = { wall, mono };
  const clocks: Clocks = { wall: () => state.wall, mono: () => state.mono };
  return {
    clocks,
    tick(ms: number) {
      state.wall += ms;
      state.mono += ms;
    },
    jumpWall(ms: number) {
      state.wall += ms;
    },
  };
}

describe(countdownDeadline, () => {
  it('should set the deadline on both clocks', () => {
    const { clocks } = fakeClocks(1000, 50);

    expect(countdownDeadline(30, clocks)).toEqual({ wall: 31_000, mono: 30_050 });
  });

  it('should accept zero', () => {
    const { clocks } = fakeClocks(1000, 50);

    expect(countdownDeadline(0, clocks)).toEqual({ wall: 1000, mono: 50 });
  });

  it.each([undefined, null, -1, NaN, Infinity, '30', {}])('should give undefined for %s', (value) => {
    expect(countdownDeadline(value, fakeClocks().clocks)).toBeUndefined();
  });

  it('should default to the system clocks', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(10_000);

    expect(countdownDeadline(5)?.wall).toBe(15_000);
  });
});

describe(remainingSeconds, () => {
  it('should count whole seconds down, rounding up', () => {
    const { clocks, tick } = fakeClocks();
    const deadline = countdownDeadline(3, clocks)!;

    expect(remainingSeconds(deadline, clocks)).toBe(3);
    tick(1);
    expect(remainingSeconds(deadline, clocks)).toBe(3);
    tick(999);
    expect(remainingSeconds(deadline, clocks)).toBe(2);
    tick(1999);
    expect(remainingSeconds(deadline, clocks)).toBe(1);
    tick(1);
    expect(remainingSeconds(deadline, clocks)).toBe(0);
  });

  it('should never go negative after the deadline', () => {
    const { clocks, tick } = fakeClocks();
    const deadline = countdownDeadline(1, clocks)!;
    tick(60_000);

    expect(remainingSeconds(deadline, clocks)).toBe(0);
  });

  it('should not run late when the wall clock is set back', () => {
    const { clocks, tick, jumpWall } = fakeClocks();
    const deadline = countdownDeadline(60, clocks)!;
    jumpWall(-3_600_000);
    tick(10_000);

    expect(remainingSeconds(deadline, clocks)).toBe(50);
  });

  it('should end early rather than late when the wall clock jumps ahead (a laptop that slept)', () => {
    const { clocks, jumpWall } = fakeClocks();
    const deadline = countdownDeadline(60, clocks)!;
    jumpWall(45_000);

    expect(remainingSeconds(deadline, clocks)).toBe(15);
  });

  it.each([
    ['NaN', { wall: NaN, mono: NaN }],
    ['a NaN wall deadline', { wall: NaN, mono: 10_000 }],
    ['Infinity', { wall: Infinity, mono: Infinity }],
  ])('should give 0 rather than NaN for a deadline of %s', (_label, deadline) => {
    const seconds = remainingSeconds(deadline, fakeClocks().clocks);

    expect(Number.isNaN(seconds)).toBe(false);
    expect(seconds).toBeGreaterThanOrEqual(0);
  });

  it('should give 0 when a clock reads NaN', () => {
    const deadline = { wall: 10_000, mono: 10_000 };

    expect(remainingSeconds(deadline, { wall: () => NaN, mono: () => NaN })).toBe(0);
  });
});

describe(msUntilNextTick, () => {
  it('should wait until the displayed second changes', () => {
    const { clocks, tick } = fakeClocks();
    const deadline = countdownDeadline(3, clocks)!;

    expect(msUntilNextTick(deadline, clocks)).toBe(1000);
    tick(250);
    expect(msUntilNextTick(deadline, clocks)).toBe(750);
    tick(750);
    expect(msUntilNextTick(deadline, clocks)).toBe(1000);
  });

  it('should give 0 once the deadline has passed', () => {
    const { clocks, tick } = fakeClocks();
    const deadline = countdownDeadline(1, clocks)!;
    tick(5000);

    expect(msUntilNextTick(deadline, clocks)).toBe(0);
  });

  it('should give 0 rather than NaN for a junk deadline', () => {
    expect(msUntilNextTick({ wall: NaN, mono: NaN }, fakeClocks().clocks)).toBe(0);
  });
});

describe(laterDeadline, () => {
  const early = { wall: 1000, mono: 100 };
  const late = { wall: 2000, mono: 200 };

  it('should pick the later deadline whichever comes first', () => {
    expect(laterDeadline(early, late)).toBe(late);
    expect(laterDeadline(late, early)).toBe(late);
  });

  it('should keep the one deadline when the other is missing', () => {
    expect(laterDeadline(early, undefined)).toBe(early);
    expect(laterDeadline(undefined, late)).toBe(late);
    expect(laterDeadline(undefined, undefined)).toBeUndefined();
  });
});
