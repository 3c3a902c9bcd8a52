import { SessionStore } from './session_store';

const MINUTE = 60 * 1000;

function createStore() {
  const clock = { now: 1_000_000 };
  const store = new SessionStore({ idleTimeoutMs: 30 * MINUTE, lifetimeMs: 120 * MINUTE }, () => clock.now);
  return { store, clock };
}

describe('SessionStore', () => {
  it('creates sessions with random ids', () => {
    const { store } = createStore();
    const first = store.create('lead');
    const second = store.create('lead');
    expect(first.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.id).not.toBe(first.id);
    expect(store.touch(first.id)).toMatchObject({ username: 'lead' });
  });

  it('returns null for an unknown id', () => {
    const { store } = createStore();
    expect(store.touch('no-such-session')).toBeNull();
  });

  it('ends a session after the idle timeout', () => {
    const { store, clock } = createStore();
    const session = store.create('viewer');
    clock.now += 30 * MINUTE - 1;
    expect(store.touch(session.id)).not.toBeNull();
    clock.now += 30 * MINUTE;
    expect(store.touch(session.id)).toBeNull();
    expect(store.size).toBe(0);
  });

  it('ends an active session after its lifetime', () => {
    const { store, clock } = createStore();
    const session = store.create('admin');
    for (let minutes = 20; minutes < 120; minutes += 20) {
      clock.now += 20 * MINUTE;
      expect(store.touch(session.id)).not.toBeNull();
    }
    clock.now += 20 * MINUTE;
    expect(store.touch(session.id)).toBeNull();
  });

  it('removes a session on logout', () => {
    const { store } = createStore();
    const session = store.create('analyst');
    store.remove(session.id);
    expect(store.touch(session.id)).toBeNull();
  });

  it('drops expired sessions when creating one', () => {
    const { store, clock } = createStore();
    store.create('analyst');
    store.create('lead');
    clock.now += 31 * MINUTE;
    store.create('viewer');
    expect(store.size).toBe(1);
  });
});
