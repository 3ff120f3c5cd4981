import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The committed copies the register is built from. Only these are read, so a fresh clone can
 * rebuild the register; datasets/reference/sources/README.md says where each file comes from.
 */
export const SOURCES_DIR = 'datasets/reference/sources';

const SOURCE_FILES = {
  municipalities2024: 'klass131-kommuneinndeling-2024.json',
  municipalities2023: 'klass131-kommuneinndeling-2020-2023.json',
  codeChanges: 'klass131-changes-1972-2024.json',
  healthStructure: 'skde-hospital-structure-rhf-hf-hospital.csv',
  somaticCatchments: 'skde-helseatlas-catchments-somatic-2020-2023-codes.md',
  population: 'fhi-population-weights-2024-by-geo.csv',
  fhiSplits: 'fhi-kommune-splits-2018-2020-mixed-encoding.csv',
} as const;

type SourceName = keyof typeof SOURCE_FILES;

/**
 * Each source as UTF-8 text, except FHI's split table, which mixes encodings and so stays bytes
 * for its own reader.
 */
export type SourceTexts = Record<Exclude<SourceName, 'fhiSplits'>, string> & {
  fhiSplits: Uint8Array;
};

/** `fatal` so that a copy saved in another encoding fails the build instead of garbling names. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readSources(root: string): SourceTexts {
  const bytes = (name: SourceName) =>
    readFileSync(path.join(root, SOURCES_DIR, SOURCE_FILES[name]));
  const text = (name: SourceName) => utf8.decode(bytes(name));
  return {
    municipalities2024: text('municipalities2024'),
    municipalities2023: text('municipalities2023'),
    codeChanges: text('codeChanges'),
    healthStructure: text('healthStructure'),
    somaticCatchments: text('somaticCatchments'),
    population: text('population'),
    fhiSplits: new Uint8Array(bytes('fhiSplits')),
  };
}
