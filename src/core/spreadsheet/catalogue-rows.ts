/**
 * The catalogue as the four sheets' rows, column by column as SHEETS lists them: what the export
 * writes and the import reads back. Vocabularies are written as their Dutch words, amounts as
 * euros, and a school's choices come with what they cost against its budget.
 */
import { summarizeBudget } from '../budget/budget.ts';
import { CHOICE_COLUMNS, choiceRowsOf } from '../reports/choice-table.ts';
import type { Catalogue, Intervention, Provider, School } from '../catalogue/catalogue-model.ts';
import type { Language } from '../strings/labels.ts';
import { centsToEuros } from '../money/money.ts';
import { costUnits, offerKinds } from '../schema/intervention.ts';
import { SHEETS, type SheetName } from './columns.ts';

/** A cell of the export: money columns hold euros as numbers, date columns dates. */
export type ExportCell = string | number | Date | undefined;

export type CatalogueRows = Record<SheetName, ExportCell[][]>;

const euros = (cents: number | undefined) => (cents === undefined ? undefined : centsToEuros(cents));
const joined = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.join(', ') : undefined);
const yes = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'ja' : 'nee');
/** The team's own fields as one line of JSON, which the import reads back as YAML. */
const map = (extra: Record<string, unknown> | undefined) => (extra === undefined ? undefined : JSON.stringify(extra));
const date = (isoDate: string | undefined) => (isoDate ? new Date(`${isoDate}T00:00:00Z`) : undefined);

/** Values by header, put in SHEETS' column order so the rows cannot fall out of step with the headers. */
const inColumnOrder = (sheet: SheetName, values: Record<string, ExportCell>) => SHEETS[sheet].map((column) => values[column.header]);

function interventionRow(intervention: Intervention, providers: Map<string, Provider>, body: string | undefined) {
  return inColumnOrder('aanbod', {
    Id: intervention.id,
    Titel: intervention.title,
    Samenvatting: intervention.summary,
    Domein: intervention.domain,
    'Vast of keuze': offerKinds.dutchWord(intervention.offer),
    Aanbieder: providers.get(intervention.provider)?.name ?? intervention.provider,
    Schooltypen: joined(intervention.schoolTypes),
    Kosten: euros(intervention.cost?.amount),
    Per: intervention.cost ? costUnits.dutchWord(intervention.cost.per) : undefined,
    Capaciteit: intervention.capacity,
    Duur: intervention.duration,
    Trefwoorden: joined(intervention.tags),
    Beschrijving: body?.trim() || undefined,
    Behoeften: joined(intervention.needs),
    Aanbevolen: yes(intervention.recommended),
    'Reden aanbeveling': intervention.recommendedReason,
    Menukaart: joined(intervention.menukaart),
    Onderbouwing: intervention.evidence?.level,
    'Bron onderbouwing': intervention.evidence?.source,
    Aanmelden: intervention.howToApply,
    'Leeftijd vanaf': intervention.ages?.from,
    'Leeftijd tot': intervention.ages?.to,
    'Groep vanaf': intervention.groups?.from,
    'Groep tot': intervention.groups?.to,
    Gecontroleerd: date(intervention.checked),
    'Beschikbaar vanaf': date(intervention.available?.from),
    'Beschikbaar tot': date(intervention.available?.until),
    Extra: map(intervention.extra),
  });
}

const providerRow = (provider: Provider) =>
  inColumnOrder('aanbieders', {
    Id: provider.id,
    Naam: provider.name,
    Website: provider.website,
    'E-mail': provider.email,
    Telefoon: provider.phone,
    Contactpersoon: provider.contactPerson,
    Beschrijving: provider.description,
    Extra: map(provider.extra),
  });

function schoolRow(school: School, catalogue: Catalogue) {
  const { budget, spent, remaining } = summarizeBudget(school, catalogue);
  return inColumnOrder('scholen', {
    Id: school.id,
    Naam: school.name,
    Type: school.type,
    Leerlingen: school.pupils,
    BRIN: school.brin,
    Bestuur: school.board,
    'Eigen budget': euros(school.budget),
    Contactpersoon: school.contact?.name,
    'E-mail contact': school.contact?.email,
    'Telefoon contact': school.contact?.phone,
    Behoeften: joined(school.needs),
    'Notitie behoeften': school.needsNote,
    Extra: map(school.extra),
    Budget: euros(budget),
    Besteed: euros(spent),
    Over: euros(remaining),
  });
}

/** keuzes.csv's columns from the shared choice rows, then the ids and the quantity as written, for the way back. */
function choiceRows(school: School, catalogue: Catalogue, language: Language) {
  return choiceRowsOf(school, catalogue).map((row, index) => {
    const shared = Object.fromEntries(
      CHOICE_COLUMNS.map((column) => {
        const value = column.value(row, language);
        return [column.heading.nl, column.kind === 'money' && typeof value === 'number' ? centsToEuros(value) : value];
      }),
    );
    return inColumnOrder('keuzes', {
      ...shared,
      'School-id': row.schoolId,
      'Interventie-id': row.interventionId,
      'Aantal gekozen': school.choices[index]?.quantity,
      Extra: map(school.choices[index]?.extra),
    });
  });
}

/** Every sheet's rows; `bodies` holds each intervention's description by id. */
export function catalogueRows(catalogue: Catalogue, bodies: ReadonlyMap<string, string>): CatalogueRows {
  const { language } = catalogue.site;
  const providers = new Map(catalogue.providers.map((provider) => [provider.id, provider]));
  return {
    aanbod: catalogue.interventions.map((intervention) => interventionRow(intervention, providers, bodies.get(intervention.id))),
    aanbieders: catalogue.providers.map(providerRow),
    scholen: catalogue.schools.map((school) => schoolRow(school, catalogue)),
    keuzes: catalogue.schools.flatMap((school) => choiceRows(school, catalogue, language)),
  };
}
