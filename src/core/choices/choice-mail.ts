/** "Mail naar projectteam": a mailto link whose body is a readable summary of the choices. */
import type { Site } from '../schema/site.ts';
import { countOf, localeOf, schoolTypeLabels } from '../labels.ts';
import { formatMoney } from '../money.ts';
import type { ChoosingSummary } from './choosing.ts';

export function choicesMailBody(summary: ChoosingSummary, site: Site): string {
  const { language } = site;
  const money = (cents: number) => formatMoney(cents, localeOf(language));
  const { school, budget } = summary;
  const lines = [
    school ? `School: ${school.name} (${schoolTypeLabels[language][school.type]}, ${school.pupils} leerlingen)` : 'School: nog niet gekozen',
    '',
    'Keuzes:',
    ...budget.lines.map((line) => {
      const count = line.intervention.cost ? countOf(line.quantity, line.intervention.cost.per, language) : String(line.quantity);
      const note = line.choice.note ? ` (${line.choice.note})` : '';
      return `- ${line.intervention.title}${note}: ${count}, ${money(line.charge)}`;
    }),
    '',
    `Totaal: ${money(budget.spent)}`,
  ];
  if (budget.budget !== undefined && budget.remaining !== undefined) {
    lines.push(`Budget: ${money(budget.budget)}`);
    lines.push(budget.overBudget ? `Over het budget: ${money(-budget.remaining)}` : `Nog te besteden: ${money(budget.remaining)}`);
  }
  return lines.join('\n');
}

/** A mailto link to the site's contact; undefined when site.yaml names no contact e-mail. */
export function choicesMailto(summary: ChoosingSummary, site: Site): string | undefined {
  const to = site.contact?.email;
  if (!to) return undefined;
  const subject = `Keuzes ${site.title}${summary.school ? `: ${summary.school.name}` : ''}`;
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(choicesMailBody(summary, site))}`;
}
