import type { Page } from 'playwright-core';

/**
 * Filter change → chart redrawn, timed inside the page: from the change event to the frame after
 * the line's path changed and the view stopped being busy. Alternates between the two filters a
 * leader uses on an indicator's page (`#/indicator/<id>`, where the page must already be): the
 * indicator select, which moves to the next indicator's page, and an organisation checkbox.
 */
export async function measureFilterChanges(page: Page, changes: number): Promise<number[]> {
  if (!page.url().includes('#/indicator/')) {
    throw new Error(`the interaction probe needs an indicator page, not ${page.url()}`);
  }
  return page.evaluate(async (count) => {
    const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    // The indicator chart's line, not any sparkline (also Recharts lines).
    const linePath = () =>
      document.querySelector('.indicator-result .recharts-line-curve')?.getAttribute('d') ?? '';
    const idle = () =>
      document.querySelector('.indicator-result')?.getAttribute('aria-busy') === 'false';
    // The indicator page's select, found by its label as a user would (the page has others),
    // and found again for every change in case the page drew a new one.
    const findSelect = () => {
      const label = [...document.querySelectorAll('label')].find(
        (l) => l.textContent === 'Indikator',
      );
      const select = document.getElementById(label?.htmlFor ?? '') as HTMLSelectElement | null;
      if (select === null) throw new Error('no indicator select');
      return select;
    };
    const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
    const timings: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const before = linePath();
      const start = performance.now();
      if (i % 2 === 0) {
        const select = findSelect();
        const options = [...select.options].map((o) => o.value);
        setValue?.call(select, options[(options.indexOf(select.value) + 1) % options.length]);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        const boxes = document.querySelectorAll<HTMLInputElement>(
          '.org-picker input[type=checkbox]',
        );
        boxes[Math.min(1, boxes.length - 1)]?.click();
      }
      const deadline = start + 10_000;
      while (performance.now() < deadline && !(idle() && linePath() !== before)) await nextFrame();
      // A change that never redraws is a broken probe or page, not a slow one: say so.
      if (!(idle() && linePath() !== before)) {
        throw new Error(
          `change ${i + 1} (${i % 2 === 0 ? 'indicator' : 'organisation'}) did not redraw the chart within 10 s`,
        );
      }
      await nextFrame();
      timings.push(performance.now() - start);
    }
    return timings;
  }, changes);
}
