/** The options of the need, menukaart, evidence, age and group filters of /aanbod/: only values some intervention has. */
import type { Catalogue } from '../catalogue/catalogue-model.ts';
import type { Language } from '../strings/labels.ts';
import { EVIDENCE_LEVELS } from '../schema/evidence.ts';
import { MENUKAART_CATEGORIES } from '../schema/menukaart.ts';
import { fitStrings } from './fit-strings.ts';
import { menukaartText } from './fit-view.ts';
import { ageValues, groupValues } from '../search/search-ranges.ts';

interface FilterOption {
  value: string;
  label: string;
}

const byNumber = (values: Set<string>) => [...values].sort((a, b) => Number(a) - Number(b));

export function fitOptions(catalogue: Catalogue, language: Language): Record<'behoefte' | 'menukaart' | 'onderbouwing' | 'leeftijd' | 'groep', FilterOption[]> {
  const { interventions } = catalogue;
  const s = fitStrings(language);
  const ages = new Set(interventions.flatMap((intervention) => ageValues(intervention.ages)));
  const groups = new Set(interventions.flatMap((intervention) => groupValues(intervention.groups)));
  return {
    behoefte: (catalogue.site.needs ?? [])
      .filter((need) => interventions.some((intervention) => intervention.needs?.includes(need.id)))
      .map((need) => ({ value: need.id, label: need.label })),
    menukaart: MENUKAART_CATEGORIES.filter((category) => interventions.some((intervention) => intervention.menukaart?.includes(category))).map((category) => ({
      value: category,
      label: menukaartText(category, language),
    })),
    onderbouwing: EVIDENCE_LEVELS.filter((level) => interventions.some((intervention) => intervention.evidence?.level === level)).map((level) => ({
      value: level,
      label: s.evidenceLevels[level],
    })),
    leeftijd: byNumber(ages).map((age) => ({ value: age, label: s.ageOption(age) })),
    groep: byNumber(groups).map((group) => ({ value: group, label: group })),
  };
}
