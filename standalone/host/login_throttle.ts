/** Limits of the login throttle; times in milliseconds. */
export interface LoginThrottlePolicy {
  /** Failures a key may have before its attempts are delayed. */
  freeFailures: number;
  /** Delay of the first delayed attempt; each further failure doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures after which a key is blocked for `blockMs` after its last failure. */
  maxFailures: number;
  blockMs: number;
  /** A key's failures are forgotten this long after its last failure. */
  forgetAfterMs: number;
  /** Keys tracked at most; the oldest are dropped first. */
  maxKeys: number;
}

export const DEFAULT_LOGIN_THROTTLE_POLICY: LoginThrottlePolicy = {
  freeFailures: 3,
  baseDelayMs: 250,
  maxDelayMs: 4_000,
  maxFailures: 10,
  blockMs: 5 * 60 * 1000,
  forgetAfterMs: 15 * 60 * 1000,
  maxKeys: 10_000,
};

export type ThrottleDecision =
  | { allowed: true; delayMs: number }
  | { allowed: false; retryAfterSeconds: number };

interface KeyState {
  /** Attempts that failed. */
  failures: number;
  /** Time of the last failure; meaningless while `failures` is 0. */
  lastFailureAt: number;
  /** Attempts allowed but not yet reported as a success or a failure. */
  pending: number;
  /** Time of the last allowed attempt. */
  lastAttemptAt: number;
}

/**
 * Slows down repeated failed logins per key, such as `user:<name>` and `address:<ip>`. An
 * allowed attempt counts as a failure until the caller reports it with `recordSuccess` or
 * `recordFailure`, so parallel guesses count too. Only failures set the time a block starts
 * from, so successful sign-ins of other users on a blocked address do not extend its block.
 * A blocked key is free again `blockMs` after its last failure, and rejected attempts do
 * not extend the block, so an attack delays the real user but cannot lock them out for good.
 */
export class LoginThrottle {
  private readonly keys = new Map<string, KeyState>();

  constructor(
    private readonly policy: LoginThrottlePolicy = DEFAULT_LOGIN_THROTTLE_POLICY,
    private readonly now: () => number = Date.now
  ) {}

  /** Decides whether an attempt for these keys may go ahead, and counts it when it may. */
  attempt(keys: readonly string[]): ThrottleDecision {
    const now = this.now();
    let delayMs = 0;
    for (const key of keys) {
      const decision = this.decide(key, now);
      if (!decision.allowed) {
        return decision;
      }
      delayMs = Math.max(delayMs, decision.delayMs);
    }

    for (const key of keys) {
      const state = this.takeState(key, now);
      state.pending += 1;
      state.lastAttemptAt = now;
    }
    this.dropOldKeys(now);
    return { allowed: true, delayMs };
  }

  /** Counts an allowed attempt for these keys as a failure from now on. */
  recordFailure(keys: readonly string[]): void {
    const now = this.now();
    for (const key of keys) {
      const state = this.takeState(key, now);
      state.pending = Math.max(0, state.pending - 1);
      state.failures += 1;
      state.lastFailureAt = now;
    }
    this.dropOldKeys(now);
  }

  /**
   * Takes back the count of an allowed attempt after a correct password, and forgets the
   * failures of the keys in `reset`, such as the user name. Earlier failures of the other
   * keys, such as the address, stay counted with their own times.
   */
  recordSuccess(keys: readonly string[], reset: readonly string[]): void {
    for (const key of keys) {
      const state = this.keys.get(key);
      if (state === undefined) {
        continue;
      }
      state.pending = Math.max(0, state.pending - 1);
      if (state.failures === 0 && state.pending === 0) {
        this.keys.delete(key);
      }
    }
    for (const key of reset) {
      this.keys.delete(key);
    }
  }

  private decide(key: string, now: number): ThrottleDecision {
    const { policy } = this;
    const state = this.keys.get(key);
    if (state === undefined || now - lastCountedAt(state) >= policy.forgetAfterMs) {
      this.keys.delete(key);
      return { allowed: true, delayMs: 0 };
    }

    const counted = state.failures + state.pending;
    if (counted >= policy.maxFailures) {
      const blockedUntil = lastCountedAt(state) + policy.blockMs;
      if (now < blockedUntil) {
        return { allowed: false, retryAfterSeconds: Math.ceil((blockedUntil - now) / 1000) };
      }
    }
    const excess = counted - policy.freeFailures;
    const delayMs = excess < 0 ? 0 : Math.min(policy.baseDelayMs * 2 ** excess, policy.maxDelayMs);
    return { allowed: true, delayMs };
  }

  /** Returns the key's state, created when missing, and moves it to the end of the map. */
  private takeState(key: string, now: number): KeyState {
    const state = this.keys.get(key) ?? {
      failures: 0,
      lastFailureAt: now,
      pending: 0,
      lastAttemptAt: now,
    };
    this.keys.delete(key);
    this.keys.set(key, state);
    return state;
  }

  private dropOldKeys(now: number): void {
    if (this.keys.size <= this.policy.maxKeys) {
      return;
    }
    for (const [key, state] of this.keys) {
      if (now - lastCountedAt(state) >= this.policy.forgetAfterMs) {
        this.keys.delete(key);
      }
    }
    // The map keeps keys in the order of their last attempt or failure, oldest first.
    for (const key of this.keys.keys()) {
      if (this.keys.size <= this.policy.maxKeys) {
        break;
      }
      this.keys.delete(key);
    }
  }
}

/**
 * Returns the time of the key's last counted attempt: its last failure, or its last allowed
 * attempt while one is pending. An attempt never reported stays counted until forgotten.
 */
function lastCountedAt(state: KeyState): number {
  const failedAt = state.failures > 0 ? state.lastFailureAt : Number.NEGATIVE_INFINITY;
  const pendingAt = state.pending > 0 ? state.lastAttemptAt : Number.NEGATIVE_INFINITY;
  return Math.max(failedAt, pendingAt);
}
