import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 level A and AA rules, the bar public-sector sites in Norway must meet. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One failed rule, reduced to what a person needs to find and fix it. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  /** CSS selectors of the first offending elements. */
  targets: string[];
  count: number;
}

const SHOWN_TARGETS = 3;

/**
 * Runs axe-core in the page against WCAG 2.1 A/AA and returns the violations.
 * axe is injected with page.evaluate, which runs over the DevTools protocol: the app's
 * Content-Security-Policy refuses an inline <script> (page.addScriptTag) and would also log
 * that refusal as a console error.
 */
export async function findAxeViolations(page: Page, tags = WCAG_21_AA): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async (runOnly) =>
      (await window.axe.run(document, { runOnly: { type: 'tag', values: runOnly } })).violations,
    tags,
  );
  return violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    helpUrl: violation.helpUrl,
    targets: violation.nodes.slice(0, SHOWN_TARGETS).map((node) => selectorText(node.target)),
    count: violation.nodes.length,
  }));
}

/** One line for a selector that may cross frames (outer first) and shadow roots. */
function selectorText(target: axe.UnlabelledFrameSelector): string {
  return target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' → ');
}

/** Renders violations one per line: id, impact, help and where. */
export function formatAxeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => {
      const more = v.count > v.targets.length ? ` and ${v.count - v.targets.length} more` : '';
      return `- ${v.id} [${v.impact}] ${v.help}: ${v.targets.join(', ')}${more} (${v.helpUrl})`;
    })
    .join('\n');
}

/** Throws a readable list if the page has WCAG 2.1 A/AA violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await findAxeViolations(page);
  if (violations.length === 0) return;
  throw new Error(
    `Expected no WCAG 2.1 A/AA violations, found ${violations.length}:\n${formatAxeViolations(violations)}`,
  );
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
