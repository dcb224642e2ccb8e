/**
 * The catalogue as the four sheets' rows, column by column as SHEETS lists them: what the export
 * writes and the import reads back. Vocabularies are written as their Dutch words, amounts as
 * euros, and a school's choices come with what they cost against its budget.
 */
import { summarizeBudget } from '../budget.ts';
import type { Catalogue, Intervention, Provider, School } from '../catalogue.ts';
import { centsToEuros } from '../money.ts';
import { costUnits, offerKinds } from '../schema/intervention.ts';
import { SHEETS, type SheetName } from './columns.ts';

/** A cell of the export: money columns hold euros as numbers. */
export type ExportCell = string | number | undefined;

export type CatalogueRows = Record<SheetName, ExportCell[][]>;

const euros = (cents: number | undefined) => (cents === undefined ? undefined : centsToEuros(cents));
const joined = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : undefined);

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
    Budget: euros(budget),
    Besteed: euros(spent),
    Over: euros(remaining),
  });
}

function choiceRows(school: School, catalogue: Catalogue) {
  return summarizeBudget(school, catalogue).lines.map(({ choice, intervention, quantity, unitPrice, charge }) =>
    inColumnOrder('keuzes', {
      School: school.id,
      Interventie: intervention.id,
      Aantal: choice.quantity,
      Opmerking: choice.note,
      Schoolnaam: school.name,
      Titel: intervention.title,
      Eenheden: quantity,
      Per: intervention.cost ? costUnits.dutchWord(intervention.cost.per) : undefined,
      'Prijs per eenheid': euros(unitPrice),
      Kosten: euros(charge),
    }),
  );
}

/** Every sheet's rows; `bodies` holds each intervention's description by id. */
export function catalogueRows(catalogue: Catalogue, bodies: ReadonlyMap<string, string>): CatalogueRows {
  const providers = new Map(catalogue.providers.map((provider) => [provider.id, provider]));
  return {
    aanbod: catalogue.interventions.map((intervention) => interventionRow(intervention, providers, bodies.get(intervention.id))),
    aanbieders: catalogue.providers.map(providerRow),
    scholen: catalogue.schools.map((school) => schoolRow(school, catalogue)),
    keuzes: catalogue.schools.flatMap((school) => choiceRows(school, catalogue)),
  };
}
