import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

const run = promisify(execFile);

/**
 * Memory of every Chromium process of this browser, in MB, as the sum of proportional set sizes
 * (PSS): resident memory shared between Chromium's processes is counted once, not once each.
 */
async function browserMemoryMB(profileDir: string): Promise<number> {
  const { stdout } = await run('ps', ['-eo', 'pid=,args=']);
  let kb = 0;
  for (const line of stdout.split('\n')) {
    // The browser process names the profile; its children (renderer, GPU, utility) have --type=.
    if (!line.includes('chromium') || !(line.includes(profileDir) || line.includes('--type='))) {
      continue;
    }
    const pid = line.trim().split(/\s+/, 1)[0];
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
    kb += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
  }
  return kb / 1024;
}

/**
 * Samples the page's JS heap (through the DevTools protocol) and the browser's memory (PSS)
 * while `body` runs, and returns their peaks. The wasm heap of DuckDB's worker shows in the
 * browser's memory, not in the JS heap. Bench runs one browser at a time, so `--type=` children
 * are ours.
 */
export async function peakMemory<T>(
  page: Page,
  profileDir: string,
  body: () => Promise<T>,
): Promise<{ result: T; peakJsHeapMB: number; peakBrowserRssMB: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakHeap = 0;
  let peakRss = 0;
  let sampling = true;
  const sample = async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      peakHeap = Math.max(peakHeap, heap / 1024 / 1024);
      peakRss = Math.max(peakRss, await browserMemoryMB(profileDir));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const sampler = sample().catch(() => undefined);
  try {
    const result = await body();
    return { result, peakJsHeapMB: peakHeap, peakBrowserRssMB: peakRss };
  } finally {
    sampling = false;
    await sampler;
    await cdp.detach().catch(() => undefined);
  }
}
