/** The catalogue as open data (aanbod.json and aanbod.csv): public fields only, amounts in euros. */
import { indexOf, mustGet, type Catalogue, type Intervention } from '../catalogue/catalogue-model.ts';
import { markdownWithSafeLinks } from '../markdown/safe-markdown.ts';
import { centsToEuros, eurosToCents } from '../money/money.ts';
import type { Column, Table } from '../reports/table.ts';
import type { OpenData, OpenDataIntervention } from './open-data-schema.ts';

const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * `bodyText` is each intervention's description as plain text (the build takes it from the
 * Markdown); `pageUrl` its page's public address, when the site's address is known.
 */
export function openData(catalogue: Catalogue, bodyText: (intervention: Intervention) => string, pageUrl?: (intervention: Intervention) => string): OpenData {
  const { site } = catalogue;
  const { domains, providers } = indexOf(catalogue);
  const needLabels = new Map((site.needs ?? []).map((need) => [need.id, need.label]));
  const interventions = catalogue.interventions.map((intervention): OpenDataIntervention => {
    const provider = mustGet(providers, intervention.provider, 'provider');
    const domain = mustGet(domains, intervention.domain, 'domain');
    return defined({
      id: intervention.id,
      url: pageUrl?.(intervention),
      title: intervention.title,
      summary: intervention.summary,
      domain: { id: domain.id, label: domain.label },
      offer: intervention.offer,
      // Only the provider's public fields: the allowlist keeps anything added later out of the open data.
      provider: defined({ id: provider.id, name: provider.name, website: provider.website, email: provider.email, phone: provider.phone, contactPerson: provider.contactPerson }),
      schoolTypes: intervention.schoolTypes,
      cost: intervention.cost && { amountEuros: centsToEuros(intervention.cost.amount), per: intervention.cost.per },
      capacity: intervention.capacity,
      duration: intervention.duration,
      tags: intervention.tags,
      needs: intervention.needs?.map((id) => ({ id, label: needLabels.get(id) ?? id })),
      recommended: intervention.recommended,
      recommendedReason: intervention.recommendedReason,
      menukaart: intervention.menukaart,
      evidence: intervention.evidence && defined({ ...intervention.evidence }),
      howToApply: intervention.howToApply && markdownWithSafeLinks(intervention.howToApply),
      ages: intervention.ages,
      groups: intervention.groups,
      checked: intervention.checked,
      available: intervention.available,
      body: bodyText(intervention),
    });
  });
  return defined({ title: site.title, municipality: site.municipality, language: site.language, period: site.period, license: site.license, interventions });
}

const text = (key: string, value: (item: OpenDataIntervention) => string | number | undefined): Column<OpenDataIntervention> => ({
  key,
  heading: { nl: key, en: key },
  kind: 'text',
  value: (item) => value(item),
});

/** aanbod.csv: one row per intervention, headings as the JSON's field names so both read alike. */
export function openDataTable(data: OpenData): Table<OpenDataIntervention> {
  const columns: Column<OpenDataIntervention>[] = [
    text('id', (item) => item.id),
    text('title', (item) => item.title),
    text('summary', (item) => item.summary),
    text('domain', (item) => item.domain.label),
    text('offer', (item) => item.offer),
    text('provider', (item) => item.provider.name),
    text('schoolTypes', (item) => item.schoolTypes.join(' ')),
    { key: 'costAmount', heading: { nl: 'costAmount', en: 'costAmount' }, kind: 'money', value: (item) => item.cost && eurosToCents(item.cost.amountEuros) },
    text('costPer', (item) => item.cost?.per),
    { key: 'capacity', heading: { nl: 'capacity', en: 'capacity' }, kind: 'count', value: (item) => item.capacity },
    text('duration', (item) => item.duration),
    text('tags', (item) => item.tags.join(', ')),
    text('needs', (item) => item.needs?.map((need) => need.label).join(', ')),
    text('recommended', (item) => (item.recommended === undefined ? undefined : String(item.recommended))),
    text('recommendedReason', (item) => item.recommendedReason),
    text('menukaart', (item) => item.menukaart?.join(' ')),
    text('evidenceLevel', (item) => item.evidence?.level),
    text('evidenceSource', (item) => item.evidence?.source),
    text('howToApply', (item) => item.howToApply),
    text('ages', (item) => item.ages && `${item.ages.from ?? ''}-${item.ages.to ?? ''}`),
    text('groups', (item) => item.groups && `${item.groups.from ?? ''}-${item.groups.to ?? ''}`),
    text('checked', (item) => item.checked),
    text('availableFrom', (item) => item.available?.from),
    text('availableUntil', (item) => item.available?.until),
    text('url', (item) => item.url),
    text('body', (item) => item.body),
  ];
  return { columns, rows: data.interventions };
}
