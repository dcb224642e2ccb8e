/** npm run audit's arithmetic: the median of the runs per category, what falls under the limit, the printed table. */
import { describe, expect, test } from 'vitest';
import { belowLimit, median, pageScores, scoreTable, type Scores } from '../../scripts/audit/scores.ts';

const run = (performance: number | null, rest = 100): Scores => ({ performance, accessibility: rest, 'best-practices': rest, seo: rest });

describe('audit scores', () => {
  test('the median of three runs is the middle one, so one disturbed run does not decide', () => {
    expect(median([100, 78, 99])).toBe(99);
    expect(median([94, 99, 99])).toBe(99);
    expect(median([])).toBeNull();
  });

  test('with an even number of runs the lower middle counts', () => {
    expect(median([100, 90])).toBe(90);
  });

  test('a page takes the median per category, leaving out runs that could not score it', () => {
    expect(pageScores('/aanbod/', [run(100), run(60, 90), run(null, 95)]).median).toEqual({ performance: 60, accessibility: 95, 'best-practices': 95, seo: 95 });
  });

  test('every median under the limit is named with its page and category, a missing score too', () => {
    const pages = [pageScores('/', [run(100)]), pageScores('/keuzes/', [run(94)]), pageScores('/aanbod/', [run(null)])];
    expect(belowLimit(pages, 95)).toEqual(['/keuzes/ performance 94', '/aanbod/ performance no score']);
  });

  test('the table has a row per page with the medians and each run of performance in brackets', () => {
    expect(scoreTable([pageScores('/', [run(100), run(78), run(99)])])).toBe(
      '| page | performance | accessibility | best-practices | seo |\n| --- | --- | --- | --- | --- |\n| / | 99 (100, 78, 99) | 100 | 100 | 100 |',
    );
  });
});
