import { z } from 'zod';
import type { Catalogue } from '../domain/catalogue';

/**
 * What a build ships: `gevinstmonitor.config.json` (or the file `GEVINSTMONITOR_CONFIG` names),
 * read and checked by scripts/build-config.ts before anything is built. Unknown keys are
 * errors: a misspelt `allowUplaod` must not silently give a different dashboard.
 */
export const buildConfigSchema = z
  .object({
    /** Shown in the header and the browser tab. */
    title: z.string().trim().min(1).max(80).default('Gevinstmonitor'),
    /** The language a link without `lang=` opens in. */
    language: z.enum(['nb', 'en']).default('nb'),
    /** Where a link without a page opens: a path of the app, with its view parameters. */
    defaultView: z
      .string()
      .regex(/^\/[A-Za-z0-9_\-/:?=&,.]*$/, 'a path of the app such as /indicator/<id>?scope=region')
      .default('/'),
    /** CSV files (paths from the project root) baked into the build, in load order. */
    datasets: z
      .array(
        z
          .object({
            path: z.string().min(1),
            /** Marks demo data: every view then says the numbers are synthetic. */
            synthetic: z.boolean().default(false),
          })
          .strict(),
      )
      .min(1)
      .default([{ path: 'datasets/observations.csv', synthetic: true }]),
    /** Small-number suppression: the catalogue's `min_n` per indicator, overridden here. */
    suppression: z
      .object({
        /** No indicator's threshold is below this. */
        minimumCount: z.int().min(0).default(0),
        /** Thresholds for named indicators, replacing the catalogue's. */
        perIndicator: z.record(z.string(), z.int().min(0)).default({}),
      })
      .strict()
      .default({ minimumCount: 0, perIndicator: {} }),
    /**
     * Whether readers may upload files. Off by default: a published dashboard must not be
     * mistaken for one showing someone's uploaded data.
     */
    allowUpload: z.boolean().default(false),
  })
  .strict();

export type BuildConfig = z.infer<typeof buildConfigSchema>;

/** What the page is told about a build: the configuration and its baked datasets' files. */
export interface BuiltData {
  config: BuildConfig;
  datasets: { url: string; source: string; synthetic: boolean; rows: number }[];
}

/** The suppression threshold of each indicator under a build's configuration. */
export function effectiveThreshold(
  indicator: { id: string; min_n: number },
  suppression: BuildConfig['suppression'],
): number {
  return Math.max(
    suppression.minimumCount,
    suppression.perIndicator[indicator.id] ?? indicator.min_n,
  );
}

/** The catalogue with the build's thresholds in place of its own. */
export function withThresholds(
  catalogue: Catalogue,
  suppression: BuildConfig['suppression'],
): Catalogue {
  return {
    ...catalogue,
    indicators: catalogue.indicators.map((indicator) => ({
      ...indicator,
      min_n: effectiveThreshold(indicator, suppression),
    })),
  };
}

/** Configuration problems the schema cannot see: names that must exist in the catalogue. */
export function checkAgainstCatalogue(config: BuildConfig, catalogue: Catalogue): string[] {
  const ids = new Set(catalogue.indicators.map((i) => i.id));
  return Object.keys(config.suppression.perIndicator)
    .filter((id) => !ids.has(id))
    .map((id) => `suppression.perIndicator: no indicator "${id}" in datasets/indicators.json`);
}
