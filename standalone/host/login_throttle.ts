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
  failures: number;
  lastFailureAt: number;
}

/**
 * Slows down repeated failed logins per key, such as `user:<name>` and `address:<ip>`. Each
 * allowed attempt counts as a failure until `recordSuccess`, so parallel guesses count too.
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
      const state = this.keys.get(key) ?? { failures: 0, lastFailureAt: now };
      this.keys.delete(key);
      this.keys.set(key, { failures: state.failures + 1, lastFailureAt: now });
    }
    this.dropOldKeys(now);
    return { allowed: true, delayMs };
  }

  /**
   * Takes back the attempt's count after a correct password, and forgets the failures of
   * the keys in `reset`, such as the user name.
   */
  recordSuccess(keys: readonly string[], reset: readonly string[]): void {
    for (const key of keys) {
      const state = this.keys.get(key);
      if (state !== undefined) {
        state.failures = Math.max(0, state.failures - 1);
      }
    }
    for (const key of reset) {
      this.keys.delete(key);
    }
  }

  private decide(key: string, now: number): ThrottleDecision {
    const { policy } = this;
    const state = this.keys.get(key);
    if (state === undefined || now - state.lastFailureAt >= policy.forgetAfterMs) {
      this.keys.delete(key);
      return { allowed: true, delayMs: 0 };
    }
    if (state.failures >= policy.maxFailures) {
      const blockedUntil = state.lastFailureAt + policy.blockMs;
      if (now < blockedUntil) {
        return { allowed: false, retryAfterSeconds: Math.ceil((blockedUntil - now) / 1000) };
      }
    }
    const excess = state.failures - policy.freeFailures;
    const delayMs = excess < 0 ? 0 : Math.min(policy.baseDelayMs * 2 ** excess, policy.maxDelayMs);
    return { allowed: true, delayMs };
  }

  private dropOldKeys(now: number): void {
    if (this.keys.size <= this.policy.maxKeys) {
      return;
    }
    for (const [key, state] of this.keys) {
      if (now - state.lastFailureAt >= this.policy.forgetAfterMs) {
        this.keys.delete(key);
      }
    }
    // The map keeps keys in the order of their last failure, oldest first.
    for (const key of this.keys.keys()) {
      if (this.keys.size <= this.policy.maxKeys) {
        break;
      }
      this.keys.delete(key);
    }
  }
}
