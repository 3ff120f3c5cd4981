/**
 * What a rollout estimate means: the reading of its interval against the indicator's direction,
 * and the plain-language caveats (bokmål and English) every comparison carries.
 */

import type { Direction } from '../catalogue';
import type { BootstrapInterval, ReadingResult, RolloutCaveat } from './types';

/**
 * What the estimate means for the indicator: an improvement or a concern only when the interval
 * lies wholly on one side of 0; otherwise inconclusive, whatever the point estimate says.
 */
export function readEstimate(
  direction: Direction,
  estimate: number,
  interval: Pick<BootstrapInterval, 'lower' | 'upper'>,
): ReadingResult {
  const better = direction === 'higher_is_better' ? 1 : -1;
  const excludesZero = interval.lower > 0 || interval.upper < 0;
  const intervalSign = interval.lower > 0 ? 1 : interval.upper < 0 ? -1 : 0;
  return {
    reading: !excludesZero ? 'inconclusive' : intervalSign === better ? 'improvement' : 'concern',
    estimateIsImprovement: Math.sign(estimate) === better,
    excludesZero,
  };
}

/** The plain-language caveats every comparison carries, with this comparison's counts. */
export function rolloutCaveats(
  treatedCount: number,
  comparisonCount: number,
  fewest: number,
  core: { total: number; largest: { name: string; count: number } | null },
): RolloutCaveat[] {
  const caveats: RolloutCaveat[] = [
    {
      code: 'parallel_trends',
      nb: 'Sammenligningen forutsetter at de to gruppene ville ha utviklet seg parallelt uten ny journal. Det kan sannsynliggjøres, men ikke bevises.',
      en: 'The comparison assumes that the two groups would have moved in parallel without the new record. That can be made plausible, never proven.',
    },
    {
      code: 'few_comparison',
      nb: `Anslaget bygger på ${treatedCount} organisasjoner i drift og ${comparisonCount} som ennå ikke var i drift (ned til ${fewest} for de seneste oppstartene). Jo færre organisasjoner, desto mer kan én uvanlig organisasjon flytte resultatet.`,
      en: `The estimate rests on ${treatedCount} live organisations and ${comparisonCount} not yet live (as few as ${fewest} for the latest go-lives). The fewer the organisations, the more one unusual organisation can move the result.`,
    },
  ];
  const largest = core.largest;
  caveats.push({
    code: 'comparison_differs',
    nb:
      largest === null
        ? 'Organisasjonene som ennå ikke er i drift, er ikke et tilfeldig utvalg og kan skille seg fra dem som er i drift.'
        : `Organisasjonene som ennå ikke er i drift, er ikke et tilfeldig utvalg: ${largest.count} av de ${core.total} som inngår i alle sammenligningene, hører til ${largest.name}.`,
    en:
      largest === null
        ? 'The organisations not yet live are not a random sample and may differ from the live ones.'
        : `The organisations not yet live are not a random sample: ${largest.count} of the ${core.total} in every comparison belong to ${largest.name}.`,
  });
  caveats.push({
    code: 'concurrent_changes',
    nb: 'Andre endringer i samme periode (reformer, bemanning, andre IT-systemer) kan forklare noe av forskjellen.',
    en: 'Other changes in the same period (reforms, staffing, other IT systems) may explain part of the difference.',
  });
  return caveats;
}
