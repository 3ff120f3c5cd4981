/**
 * Seeded randomness. Every series draws from its own stream, seeded from a name such as
 * `observations:plo_meldinger_frist:5001`, so adding an indicator or an organisation never
 * changes the numbers of the others, and the same input always gives byte-identical files.
 */

import { mulberry32 } from '../../src/domain/random';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

const MASTER_SEED = 'gevinstmonitor-demo-v1';

/** FNV-1a: a tiny, stable 32-bit string hash used only to derive seeds. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** An independent stream for one named purpose. */
export function streamFor(...names: readonly string[]): Rng {
  return mulberry32(hashString([MASTER_SEED, ...names].join(':')));
}

/** Standard normal draw (Box–Muller; the second value is discarded to keep streams simple). */
function normal(rng: Rng): number {
  // 1 - u keeps the logarithm away from 0.
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A multiplicative noise factor around 1 with roughly the given relative spread. */
export function lognormalFactor(rng: Rng, sd: number): number {
  return sd === 0 ? 1 : Math.exp(sd * normal(rng) - (sd * sd) / 2);
}

/** Integer in [min, max], both inclusive. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Poisson draw: Knuth's method for small means, a rounded normal for large ones. */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  const limit = Math.exp(-mean);
  let k = 0;
  let product = rng();
  while (product > limit) {
    k++;
    product *= rng();
  }
  return k;
}

/**
 * Binomial draw. Exact for small n, Poisson for rare events (small municipalities must still
 * produce the occasional 0, 1 or 2), normal approximation otherwise.
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n <= 60) {
    let successes = 0;
    for (let i = 0; i < n; i++) if (rng() < p) successes++;
    return successes;
  }
  const mean = n * p;
  if (mean < 20) return Math.min(n, poisson(rng, mean));
  const draw = Math.round(mean + Math.sqrt(mean * (1 - p)) * normal(rng));
  return Math.min(n, Math.max(0, draw));
}
