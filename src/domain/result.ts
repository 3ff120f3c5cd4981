/**
 * Parsers, and computations that can refuse (SPC limits, runs analysis, the rollout comparison),
 * return a result instead of throwing, so callers must handle the failure.
 */
export type Result<T, E> = { ok: true; data: T } | { ok: false; error: E };

export const ok = <T>(data: T): Result<T, never> => ({ ok: true, data });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });
