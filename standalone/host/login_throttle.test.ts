import {
  DEFAULT_LOGIN_THROTTLE_POLICY,
  LoginThrottle,
  type LoginThrottlePolicy,
} from './login_throttle';

const POLICY: LoginThrottlePolicy = {
  freeFailures: 2,
  baseDelayMs: 100,
  maxDelayMs: 300,
  maxFailures: 6,
  blockMs: 60_000,
  forgetAfterMs: 600_000,
  maxKeys: 100,
};

function createThrottle(policy: LoginThrottlePolicy = POLICY) {
  const clock = { now: 1_000_000 };
  const throttle = new LoginThrottle(policy, () => clock.now);
  return { throttle, clock };
}

describe('LoginThrottle', () => {
  it('delays attempts more after each failure, then blocks', () => {
    const { throttle } = createThrottle();
    const decisions = Array.from({ length: 8 }, () => throttle.attempt(['user:lead']));
    expect(decisions).toEqual([
      { allowed: true, delayMs: 0 },
      { allowed: true, delayMs: 0 },
      { allowed: true, delayMs: 100 },
      { allowed: true, delayMs: 200 },
      { allowed: true, delayMs: 300 },
      { allowed: true, delayMs: 300 },
      { allowed: false, retryAfterSeconds: 60 },
      { allowed: false, retryAfterSeconds: 60 },
    ]);
  });

  it('frees a blocked key after the block, without extending it', () => {
    const { throttle, clock } = createThrottle();
    for (let index = 0; index < 6; index++) {
      throttle.attempt(['user:lead']);
    }
    clock.now += 30_000;
    expect(throttle.attempt(['user:lead'])).toEqual({ allowed: false, retryAfterSeconds: 30 });
    clock.now += 30_000;
    expect(throttle.attempt(['user:lead'])).toEqual({ allowed: true, delayMs: 300 });
  });

  it('forgets failures after a quiet period', () => {
    const { throttle, clock } = createThrottle();
    for (let index = 0; index < 4; index++) {
      throttle.attempt(['user:lead']);
    }
    clock.now += 600_000;
    expect(throttle.attempt(['user:lead'])).toEqual({ allowed: true, delayMs: 0 });
  });

  it('takes back successful attempts and resets the user', () => {
    const { throttle } = createThrottle();
    for (let index = 0; index < 3; index++) {
      throttle.attempt(['user:lead', 'address:10.0.0.1']);
    }
    throttle.attempt(['user:lead', 'address:10.0.0.1']);
    throttle.recordSuccess(['user:lead', 'address:10.0.0.1'], ['user:lead']);

    expect(throttle.attempt(['user:lead'])).toEqual({ allowed: true, delayMs: 0 });
    // Three failures stay counted for the address, one more than the free two.
    expect(throttle.attempt(['address:10.0.0.1'])).toEqual({ allowed: true, delayMs: 200 });
  });

  it('lets many successful calls through', () => {
    const { throttle } = createThrottle();
    for (let index = 0; index < 50; index++) {
      expect(throttle.attempt(['user:script', 'address:127.0.0.1'])).toEqual({ allowed: true, delayMs: 0 });
      throttle.recordSuccess(['user:script', 'address:127.0.0.1'], ['user:script']);
    }
  });

  it('blocks an address that tries many user names', () => {
    const { throttle } = createThrottle();
    for (let index = 0; index < 6; index++) {
      throttle.attempt([`user:guess-${index}`, 'address:10.0.0.2']);
    }
    expect(throttle.attempt(['user:new-name', 'address:10.0.0.2'])).toMatchObject({ allowed: false });
    expect(throttle.attempt(['user:new-name', 'address:10.0.0.3'])).toEqual({ allowed: true, delayMs: 0 });
  });

  it('ends an address block five minutes after its last failure', () => {
    const { throttle, clock } = createThrottle(DEFAULT_LOGIN_THROTTLE_POLICY);
    const address = 'address:10.0.0.4';
    let lastFailureAt = clock.now;
    for (let index = 0; index < 55; index++) {
      const keys = [`user:unknown-${index}`, address];
      if (throttle.attempt(keys).allowed) {
        throttle.recordFailure(keys);
        lastFailureAt = clock.now;
      }
      clock.now += 1_000;
    }
    const blockEnd = lastFailureAt + DEFAULT_LOGIN_THROTTLE_POLICY.blockMs;

    // Correct sign-ins of four users, one every 30 s for 10 minutes.
    const users = ['admin', 'analyst', 'lead', 'viewer'];
    let allowed = 0;
    for (let index = 0; index < 20; index++) {
      const keys = [`user:${users[index % users.length]}`, address];
      const decision = throttle.attempt(keys);
      if (clock.now < blockEnd) {
        expect(decision).toEqual({
          allowed: false,
          retryAfterSeconds: Math.ceil((blockEnd - clock.now) / 1000),
        });
      } else {
        expect(decision).toMatchObject({ allowed: true });
        throttle.recordSuccess(keys, [keys[0]]);
        allowed += 1;
      }
      clock.now += 30_000;
    }
    // The last failure came at 9 s and the block ends at 309 s, so the 11 sign-ins from
    // 325 s on go through.
    expect(allowed).toBe(11);
  });

  it('blocks an address again after a new failure', () => {
    const { throttle, clock } = createThrottle();
    for (let index = 0; index < 6; index++) {
      const keys = [`user:guess-${index}`, 'address:10.0.0.5'];
      throttle.attempt(keys);
      throttle.recordFailure(keys);
    }
    clock.now += 60_000;
    const viewer = ['user:viewer', 'address:10.0.0.5'];
    expect(throttle.attempt(viewer)).toEqual({ allowed: true, delayMs: 300 });
    throttle.recordSuccess(viewer, ['user:viewer']);

    const guess = ['user:guess-6', 'address:10.0.0.5'];
    expect(throttle.attempt(guess)).toEqual({ allowed: true, delayMs: 300 });
    throttle.recordFailure(guess);
    clock.now += 59_000;
    expect(throttle.attempt(viewer)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('starts a block at the failure, not the attempt', () => {
    const { throttle, clock } = createThrottle();
    for (let index = 0; index < 6; index++) {
      throttle.attempt(['user:lead']);
    }
    clock.now += 5_000;
    throttle.recordFailure(['user:lead']);
    expect(throttle.attempt(['user:lead'])).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('tracks at most maxKeys keys', () => {
    const { throttle } = createThrottle({ ...POLICY, maxKeys: 3, freeFailures: 0 });
    for (const name of ['a', 'b', 'c', 'd']) {
      throttle.attempt([`user:${name}`]);
    }
    // The oldest key was dropped, so its next attempt starts without delay.
    expect(throttle.attempt(['user:a'])).toEqual({ allowed: true, delayMs: 0 });
    expect(throttle.attempt(['user:d'])).toEqual({ allowed: true, delayMs: 200 });
  });
});
