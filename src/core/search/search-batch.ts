/**
 * How many search results /aanbod/ draws at once; "Meer resultaten tonen" draws the next batch.
 * Each drawn result costs a Pagefind fragment download (~1.3 KB), so the first answer stays
 * small and quick; the benchmark (scripts/bench/measure-search.ts) times the same number.
 */
export const RESULTS_PER_BATCH = 10;
