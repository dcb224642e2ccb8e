/** "Mail naar projectteam": a mailto link whose body is a readable summary of the choices, in the site's language. */
import { budgetView, lineTitle } from '../budget/budget-view.ts';
import { choiceStrings, schoolFactsOf } from './choice-strings.ts';
import type { Site } from '../schema/site.ts';
import type { ChoosingSummary } from './choosing.ts';

export function choicesMailBody(summary: ChoosingSummary, site: Site): string {
  const { language } = site;
  const c = choiceStrings(language);
  const { school } = summary;
  const view = budgetView(summary.budget, language);
  const schoolLine = school
    ? `${c.school}: ${school.name} (${schoolFactsOf(school, language)})`
    : `${c.school}: ${c.mailNoSchool}`;
  const choiceLines = view.lines.length === 0
    ? [view.noChoices]
    : view.lines.map((line) => `- ${lineTitle(line)}: ${line.quantityText}, ${line.charge} (${line.unitPrice})`);
  return [schoolLine, '', c.mailChoices, ...choiceLines, '', ...view.facts.map((fact) => `${fact.label}: ${fact.amount}`)].join('\n');
}

/** A mailto link to the site's contact; undefined when site.yaml names no contact e-mail. */
export function choicesMailto(summary: ChoosingSummary, site: Site): string | undefined {
  const to = site.contact?.email;
  if (!to) return undefined;
  const subject = `${choiceStrings(site.language).mailSubject(site.title)}${summary.school ? `: ${summary.school.name}` : ''}`;
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(choicesMailBody(summary, site))}`;
}
