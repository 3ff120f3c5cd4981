import { z } from 'zod';
import type { Db } from '../../db/engine';
import { sql } from '../../db/sql';
import { fail, ok, type Result } from '../../domain/result';
import {
  completeMapping,
  guessMapping,
  type MappingQuestion,
  QUESTION_OF,
} from '../../ingest/guess';
import type { HeaderProblem } from '../../ingest/headers';
import {
  type ImportLayout,
  type ImportMapping,
  importMappingSchema,
  type MappingDraft,
  resolveMapping,
} from '../../ingest/mapping';
import type { CsvShape } from '../../ingest/sniff';

/** How many of the file's first rows a `mapping_needed` failure shows. */
export const MAPPING_SAMPLE_ROWS = 20;

/** The file cannot be read until the analyst says which column holds what. */
export interface MappingNeeded {
  kind: 'mapping_needed';
  /** Why, in the words of the header check (what is missing or ambiguous). */
  problem: HeaderProblem;
  headers: string[];
  /** The first rows under the header, as text. */
  sample: string[][];
  /** The import's best guess, to start the analyst's mapping from. */
  guess: MappingDraft;
  /** What to ask: the parts of the guess that are missing or unsure. */
  questions: MappingQuestion[];
}

const idSchema = z.object({ id: z.string() });

/**
 * Decides how a file is read: with the analyst's mapping when one is given (checked against this
 * file's header), otherwise with the guess from its header and first rows when the guess is sure.
 */
export async function chooseLayout(
  db: Db,
  shape: CsvShape,
  given: ImportMapping | undefined,
): Promise<Result<{ mapping: ImportMapping; layout: ImportLayout }, MappingNeeded>> {
  const indicators = await db.query('list indicator ids', sql`SELECT id FROM indicators`, idSchema);
  const guess = guessMapping(shape, new Set(indicators.map((i) => i.id)));
  const needed = (problem: HeaderProblem, questions: MappingQuestion[]) =>
    fail<MappingNeeded>({
      kind: 'mapping_needed',
      problem,
      headers: shape.headers,
      sample: shape.sample.slice(0, MAPPING_SAMPLE_ROWS),
      guess: guess.draft,
      questions,
    });
  // A mapping kept in localStorage may be from an older version: check it rather than trust it.
  const parsed = given === undefined ? null : importMappingSchema.safeParse(given);
  const mapping = parsed?.success ? parsed.data : completeMapping(guess);
  if (mapping === null) {
    const problem = guess.problem ?? { kind: 'missing_columns', columns: [] };
    return needed(problem, guess.questions);
  }
  const layout = resolveMapping(mapping, shape.headers);
  if (!layout.ok) return needed(layout.error, questionsFor(layout.error));
  return ok({ mapping, layout: layout.data });
}

function questionsFor(problem: HeaderProblem): MappingQuestion[] {
  if (problem.kind === 'no_measure') return ['value'];
  const columns = problem.kind === 'missing_columns' ? problem.columns : [problem.column];
  return [...new Set(columns.map((column) => QUESTION_OF[column]))];
}
