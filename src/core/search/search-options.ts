/** The choices each filter of /aanbod/ offers, with the labels people see, in display order. */
import type { Catalogue } from '../catalogue/catalogue-model.ts';
import { offerLabels, schoolTypeLabels, type Language } from '../strings/labels.ts';
import { OFFER_KINDS } from '../schema/intervention.ts';
import { SCHOOL_TYPES } from '../schema/common.ts';
import { OFFER_FILTER_VALUES, type SearchFilter } from './search-filters.ts';
import { fitOptions } from '../fit/fit-options.ts';

export interface FilterOption {
  value: string;
  label: string;
}

/** Only values some intervention has: a filter choice that can never match is noise. */
export function searchOptions(catalogue: Catalogue, language: Language): Record<SearchFilter, FilterOption[]> {
  const { interventions } = catalogue;
  return {
    domein: catalogue.site.domains
      .filter((domain) => interventions.some((intervention) => intervention.domain === domain.id))
      .map((domain) => ({ value: domain.id, label: domain.label })),
    aanbod: OFFER_KINDS.filter((kind) => interventions.some((intervention) => intervention.offer === kind)).map((kind) => ({
      value: OFFER_FILTER_VALUES[kind],
      label: offerLabels[language][kind],
    })),
    aanbieder: catalogue.providers
      .filter((provider) => interventions.some((intervention) => intervention.provider === provider.id))
      .map((provider) => ({ value: provider.id, label: provider.name })),
    schooltype: SCHOOL_TYPES.filter((type) => interventions.some((intervention) => intervention.schoolTypes.includes(type))).map((type) => ({
      value: type,
      label: schoolTypeLabels[language][type],
    })),
    ...fitOptions(catalogue, language),
  };
}
