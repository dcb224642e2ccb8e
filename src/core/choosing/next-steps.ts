/**
 * "Hoe verder": what a school does after reading the offer, as the home page, the school pages
 * and the brochures all show it: site.yaml `steps` (Markdown, one a step), else the usual steps,
 * and the deadline in words.
 */
import { brochureStrings } from '../strings/brochure-strings.ts';
import { formatDate, type Language } from '../strings/labels.ts';
import type { Site } from '../schema/site.ts';

export interface NextStepsView {
  title: string;
  /** Markdown, one string a step. */
  steps: string[];
  /** "31 oktober 2025", when site.yaml names a deadline. */
  deadline?: string;
  deadlineLabel: string;
  colophonTitle: string;
}

export function nextStepsView(site: Pick<Site, 'steps' | 'deadline'>, language: Language): NextStepsView {
  const b = brochureStrings(language);
  const deadline = site.deadline && formatDate(site.deadline, language);
  return {
    title: b.nextSteps,
    steps: site.steps && site.steps.length > 0 ? site.steps : b.defaultSteps(deadline),
    ...(deadline ? { deadline } : {}),
    deadlineLabel: b.deadline,
    colophonTitle: b.colophon,
  };
}
