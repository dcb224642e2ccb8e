/** One Lighthouse run of one page in the running Chromium, reduced to its four category scores. */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CATEGORIES, type Scores } from './scores.ts';

export type Preset = 'mobile' | 'desktop';

export async function lighthouseScores(url: string, port: number, preset: Preset): Promise<Scores> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, preset === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.code} ${runtimeError.message}`);
  const score = (category: string) => {
    const value = categories[category]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  return Object.fromEntries(CATEGORIES.map((category) => [category, score(category)])) as Scores;
}
