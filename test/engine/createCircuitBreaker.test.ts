import { createCircuitBreaker } from '../../src';

function setup(failureThreshold = 3, resetAfterMs = 10_000) {
  const clock = { now: 1_000_000 };
  const breaker = createCircuitBreaker({ failureThreshold, resetAfterMs, now: () => clock.now });
  const fail = (times: number) => {
    for (let i = 0; i < times; i++) breaker.recordFailure();
  };
  return { breaker, clock, fail };
}

describe(createCircuitBreaker, () => {
  it('should start closed and let requests through', () => {
    const { breaker } = setup();

    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.msUntilProbe()).toBe(0);
  });

  it('should stay closed below the failure threshold', () => {
    const { breaker, fail } = setup(3);
    fail(2);

    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('should open after failureThreshold failures in a row and refuse requests', () => {
    const { breaker, fail } = setup(3);
    fail(3);

    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('should count only consecutive failures', () => {
    const { breaker, fail } = setup(3);
    fail(2);
    breaker.recordSuccess();
    fail(2);

    expect(breaker.state).toBe('closed');
  });

  it('should say how long until the probe', () => {
    const { breaker, clock, fail } = setup(1, 10_000);
    fail(1);
    clock.now += 4000;

    expect(breaker.msUntilProbe()).toBe(6000);
  });

  it('should stay open until resetAfterMs has passed', () => {
    const { breaker, clock, fail } = setup(1, 10_000);
    fail(1);
    clock.now += 9999;

    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('should turn half-open after resetAfterMs and let exactly one probe through', () => {
    const { breaker, clock, fail } = setup(1, 10_000);
    fail(1);
    clock.now += 10_000;

    expect(breaker.state).toBe('half-open');
    expect(breaker.msUntilProbe()).toBe(0);
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('should close when the probe succeeds', () => {
    const { breaker, clock, fail } = setup(1, 10_000);
    fail(1);
    clock.now += 10_000;
    breaker.tryAcquire();
    breaker.recordSuccess();

    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('should open again for another resetAfterMs when the probe fails', () => {
    const { breaker, clock, fail } = setup(3, 10_000);
    fail(3);
    clock.now += 10_000;
    breaker.tryAcquire();
    breaker.recordFailure();

    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
    expect(breaker.msUntilProbe()).toBe(10_000);
    clock.now += 10_000;
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('should need a full run of failures to open again after closing', () => {
    const { breaker, clock, fail } = setup(3, 10_000);
    fail(3);
    clock.now += 10_000;
    breaker.tryAcquire();
    breaker.recordSuccess();
    fail(2);

    expect(breaker.state).toBe('closed');
  });

  it('should notify subscribers when the circuit opens and closes', () => {
    const { breaker, clock, fail } = setup(2, 10_000);
    const listener = vi.fn();
    breaker.subscribe(listener);

    fail(1);
    expect(listener).not.toHaveBeenCalled();
    fail(1);
    expect(listener).toHaveBeenCalledTimes(1);
    clock.now += 10_000;
    breaker.tryAcquire();
    breaker.recordSuccess();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('should notify subscribers when a failed probe opens the circuit again', () => {
    const { breaker, clock, fail } = setup(1, 10_000);
    fail(1);
    const listener = vi.fn();
    breaker.subscribe(listener);
    clock.now += 10_000;
    breaker.tryAcquire();
    breaker.recordFailure();

    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('should not notify for a success while already closed', () => {
    const { breaker } = setup();
    const listener = vi.fn();
    breaker.subscribe(listener);
    breaker.recordSuccess();

    expect(listener).not.toHaveBeenCalled();
  });

  it('should stop notifying after unsubscribe', () => {
    const { breaker, fail } = setup(1);
    const listener = vi.fn();
    const unsubscribe = breaker.subscribe(listener);
    unsubscribe();
    fail(1);

    expect(listener).not.toHaveBeenCalled();
  });

  it('should default to 5 failures and 30 seconds', () => {
    const clock = { now: 0 };
    const breaker = createCircuitBreaker({ now: () => clock.now });
    for (let i = 0; i < 4; i++) breaker.recordFailure();
    expect(breaker.state).toBe('closed');
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    clock.now = 29_999;
    expect(breaker.state).toBe('open');
    clock.now = 30_000;
    expect(breaker.state).toBe('half-open');
  });

  it.each([0, -1, NaN])('should treat the junk threshold %s as 1', (failureThreshold) => {
    const breaker = createCircuitBreaker({ failureThreshold, now: () => 0 });
    breaker.recordFailure();

    expect(breaker.state).toBe('open');
  });
});
