/**
 * Recall and precision of the first five results, per query and over a query list. Recall: of
 * the interventions a query should find, how many are among the first five. Precision: of the
 * first five results (or fewer, when the search finds fewer), how many should be there.
 */

export interface ExpectedQuery {
  query: string;
  expect: string[];
}

export interface QueryScore {
  query: string;
  /** Ids of the first five results, best first. */
  found: string[];
  recall: number;
  /** Undefined when the search found nothing: there is nothing to be precise about. */
  precision: number | undefined;
}

export const TOP = 5;

export function scoreQuery({ query, expect }: ExpectedQuery, results: string[]): QueryScore {
  const found = results.slice(0, TOP);
  const hits = found.filter((id) => expect.includes(id)).length;
  // A query expecting more than five can at best find five of them.
  return { query, found, recall: hits / Math.min(expect.length, TOP), precision: found.length === 0 ? undefined : hits / found.length };
}

export interface ListScore {
  recall: number;
  precision: number;
  /** Queries for which the search found nothing. */
  empty: number;
}

const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);

/** Averages over the queries; precision over the queries that found something. */
export function scoreList(scores: QueryScore[]): ListScore {
  const precise = scores.flatMap((score) => (score.precision === undefined ? [] : [score.precision]));
  return { recall: mean(scores.map((score) => score.recall)), precision: mean(precise), empty: scores.length - precise.length };
}
