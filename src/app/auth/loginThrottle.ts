/**
 * Login rate limit: after MAX_FAILURES failed logins for one user name, or MAX_ADDRESS_FAILURES from
 * one address (higher: behind the office's proxy every colleague shares one), within WINDOW_MS,
 * further attempts are refused until the window has passed. Kept in memory: the app is
 * one process on one server (docs/app.md); a restart clears it, which a restart's cost limits.
 */
export const MAX_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 30;
export const WINDOW_MS = 15 * 60_000;

export class LoginThrottle {
  readonly #failures = new Map<string, number[]>();

  constructor(private readonly clock: () => Date) {}

  #recent(key: string): number[] {
    const since = this.clock().getTime() - WINDOW_MS;
    const kept = (this.#failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.#failures.delete(key);
    else this.#failures.set(key, kept);
    return kept;
  }

  /** Minutes until another attempt is allowed, or 0 when it is allowed now. */
  waitMinutes(username: string, address: string): number {
    // A list at its limit allows another attempt once its (length - limit)th failure has aged out.
    const until = [
      [this.#recent(`u:${username}`), MAX_FAILURES] as const,
      [this.#recent(`a:${address}`), MAX_ADDRESS_FAILURES] as const,
    ].flatMap(([times, limit]) =>
      times.length >= limit ? [(times[times.length - limit] ?? 0) + WINDOW_MS] : [],
    );
    if (until.length === 0) return 0;
    return Math.max(1, Math.ceil((Math.max(...until) - this.clock().getTime()) / 60_000));
  }

  failed(username: string, address: string): void {
    const now = this.clock().getTime();
    for (const key of [`u:${username}`, `a:${address}`]) this.#failures.set(key, [...this.#recent(key), now]);
  }

  succeeded(username: string): void {
    this.#failures.delete(`u:${username}`);
  }
}
