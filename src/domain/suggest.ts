import type { Indicator } from './catalogue';
import type { CodeMap } from './harmonise';
import type { Organisation } from './organisations';

/** A likely meaning of an unknown code, for the validation report. */
export type Suggestion =
  | { kind: 'organisation'; code: string; name: string; because: 'name' | 'similar_name' }
  | { kind: 'old_code'; targets: string[] }
  | { kind: 'indicator'; id: string; because: 'name' | 'similar_id' };

const fold = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/\s+kommune$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Edit distance (insertions, deletions, substitutions), for short names and ids. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate within `limit` edits, if exactly one is closest. */
function closest<T>(value: string, candidates: readonly T[], key: (c: T) => string, limit: number) {
  let best: T | null = null;
  let bestDistance = limit + 1;
  let tie = false;
  for (const candidate of candidates) {
    const distance = editDistance(value, key(candidate));
    if (distance < bestDistance) {
      [best, bestDistance, tie] = [candidate, distance, false];
    } else if (distance === bestDistance) tie = true;
  }
  return tie ? null : best;
}

/**
 * What an unknown organisation code probably meant: an old municipality code (when harmonisation
 * is off), a name written where the code belongs, or a name with a typo. Null when nothing is
 * close enough to say.
 */
export function suggestOrganisation(
  value: string,
  organisations: readonly Organisation[],
  codeMap: CodeMap,
): Suggestion | null {
  const old = codeMap.get(value.trim());
  if (old !== undefined) return { kind: 'old_code', targets: old.map((t) => t.code) };
  const folded = fold(value);
  // "5001 Trondheim" (SSB's region cells) or a bare name.
  const byName = organisations.find(
    (o) => fold(o.name) === folded || `${o.code} ${fold(o.name)}` === folded,
  );
  if (byName)
    return { kind: 'organisation', code: byName.code, name: byName.name, because: 'name' };
  if (folded.length < 4) return null;
  const similar = closest(folded, organisations, (o) => fold(o.name), 2);
  return similar === null
    ? null
    : { kind: 'organisation', code: similar.code, name: similar.name, because: 'similar_name' };
}

/** What an unknown indicator id probably meant: a name instead of the id, or a typo in the id. */
export function suggestIndicator(
  value: string,
  indicators: readonly Indicator[],
): Suggestion | null {
  const folded = fold(value);
  const byName = indicators.find((i) => fold(i.name_nb) === folded || fold(i.name_en) === folded);
  if (byName) return { kind: 'indicator', id: byName.id, because: 'name' };
  const similar = closest(folded, indicators, (i) => i.id, 3);
  return similar === null ? null : { kind: 'indicator', id: similar.id, because: 'similar_id' };
}
