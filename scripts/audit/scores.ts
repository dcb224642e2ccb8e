/** Lighthouse's four category scores of each run, the median per page, and the table printed. */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** One run's scores, 0-100 (Lighthouse reports 0-1; a category it could not score is null). */
export type Scores = Record<Category, number | null>;

export interface PageScores {
  page: string;
  runs: Scores[];
  median: Scores;
}

/** The middle value (the lower middle of an even count), so one disturbed run does not decide. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export function pageScores(page: string, runs: Scores[]): PageScores {
  const medianOf = (category: Category) => median(runs.map((run) => run[category]).filter((score): score is number => score !== null));
  return { page, runs, median: Object.fromEntries(CATEGORIES.map((category) => [category, medianOf(category)])) as Scores };
}

/** Every page and category whose median is under the limit (or missing), as "page category score". */
export function belowLimit(pages: PageScores[], limit: number): string[] {
  return pages.flatMap(({ page, median: scores }) =>
    CATEGORIES.filter((category) => scores[category] === null || scores[category] < limit).map((category) => `${page} ${category} ${scores[category] ?? 'no score'}`),
  );
}

/** A Markdown table: a row per page, the medians, each run's performance score in brackets. */
export function scoreTable(pages: PageScores[]): string {
  const header = `| page | ${CATEGORIES.join(' | ')} |\n| --- |${CATEGORIES.map(() => ' --- |').join('')}`;
  const rows = pages.map(({ page, runs, median: scores }) => {
    const cells = CATEGORIES.map((category) => {
      const value = scores[category] ?? '-';
      return category === 'performance' ? `${value} (${runs.map((run) => run.performance ?? '-').join(', ')})` : String(value);
    });
    return `| ${page} | ${cells.join(' | ')} |`;
  });
  return [header, ...rows].join('\n');
}
