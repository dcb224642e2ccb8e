/**
 * The four sheets of a catalogue spreadsheet and their columns: the same for the export, the
 * template and the import. Each column names the content field it holds, so one list decides
 * what is written and read (and a test checks that every field of the schemas has a column).
 */
import { schoolTypes } from '../schema/common.ts';
import { costUnits, offerKinds } from '../schema/intervention.ts';
import { evidenceLevels, menukaartLetters } from '../schema/fit.ts';
import type { Vocabulary } from '../schema/vocabulary.ts';
import type { FieldPath } from '../validate/problem.ts';

export type SheetName = 'aanbod' | 'aanbieders' | 'scholen' | 'keuzes';

/**
 * How a cell is read and written. `reference` holds another entry's id or name (matched on
 * import), `vocabulary` a word of a fixed vocabulary (written in Dutch, read in either language),
 * `body` an intervention's description, `map` the team's own `extra` fields as YAML or JSON text, `computed` a figure the export adds and the import ignores.
 */
type ColumnKind = 'id' | 'text' | 'list' | 'amount' | 'integer' | 'boolean' | 'date' | 'map' | 'vocabulary' | 'reference' | 'body' | 'computed';

export interface Column {
  /** The Dutch header the export writes. */
  header: string;
  /** The English header, also accepted on import. */
  english: string;
  kind: ColumnKind;
  /** Where the value lives in the entry; none for computed columns. */
  field?: FieldPath;
  /** For the template's instructions: what to write. */
  help: string;
  /** A computed column that holds euros (written with the euro format). */
  money?: boolean;
  /** A column that, when the sheet has it, is read instead of the column with this header (ids over names). */
  replaces?: string;
  /** The fixed vocabulary of a `vocabulary` column or a `list` of its words. */
  words?: Vocabulary<string>;
}

const column = (header: string, english: string, kind: ColumnKind, field: FieldPath | undefined, help: string, words?: Vocabulary<string>): Column => ({
  header, english, kind, field, help, ...(words ? { words } : {}),
});
const words = <V extends string>(vocabulary: Vocabulary<V>) => vocabulary as unknown as Vocabulary<string>;
const computed = (header: string, english: string, help: string) => column(header, english, 'computed', undefined, help);
const computedMoney = (header: string, english: string, help: string) => ({ ...computed(header, english, help), money: true });

const extra = column('Extra', 'Extra', 'map', ['extra'], 'Eigen gegevens van het team (extra), als YAML of JSON: {"dossier": "2026-014"}; komt niet op de site.');

export const SHEETS: Record<SheetName, readonly Column[]> = {
  aanbod: [
    column('Id', 'Id', 'id', undefined, 'Leeg laten: de id wordt van de titel gemaakt.'),
    column('Titel', 'Title', 'text', ['title'], 'Naam van de interventie.'),
    column('Samenvatting', 'Summary', 'text', ['summary'], 'Een of twee zinnen voor lijsten en zoekresultaten.'),
    column('Domein', 'Domain', 'reference', ['domain'], 'Een domein uit site.yaml.'),
    column('Vast of keuze', 'Offer', 'vocabulary', ['offer'], 'vast (elke school krijgt het) of keuze (scholen kiezen het).', words(offerKinds)),
    column('Aanbieder', 'Provider', 'reference', ['provider'], 'Naam van de aanbieder; een onbekende naam wordt een nieuwe aanbieder.'),
    column('Schooltypen', 'School types', 'list', ['schoolTypes'], 'vve, po, so en/of vo, gescheiden door komma\'s.', words(schoolTypes)),
    column('Kosten', 'Cost', 'amount', ['cost', 'amount'], 'Bedrag in euro\'s: 1250, 1.250 of € 1.250,00; centen met een komma: 12,50.'),
    column('Per', 'Per', 'vocabulary', ['cost', 'per'], 'school, leerling, groep of bijeenkomst.', words(costUnits)),
    column('Capaciteit', 'Capacity', 'integer', ['capacity'], 'Hoeveel scholen ten hoogste mee kunnen doen.'),
    column('Duur', 'Duration', 'text', ['duration'], 'Hoe lang of hoe vaak, bijvoorbeeld "10 weken, 1 uur per week".'),
    column('Trefwoorden', 'Tags', 'list', ['tags'], 'Woorden die helpen bij zoeken, gescheiden door komma\'s.'),
    column('Beschrijving', 'Description', 'body', undefined, 'De volledige beschrijving (Markdown mag).'),
    column('Behoeften', 'Needs', 'list', ['needs'], 'Ids van behoeften uit site.yaml, gescheiden door komma\'s.'),
    column('Aanbevolen', 'Recommended', 'boolean', ['recommended'], 'ja als de denktanks het aanbevelen, anders leeg.'),
    column('Reden aanbeveling', 'Recommended reason', 'text', ['recommendedReason'], 'Waarom het aanbevolen is, in één zin.'),
    column('Menukaart', 'Menukaart', 'list', ['menukaart'], 'Letters A tot en met F van de NPO-menukaart, gescheiden door komma\'s; F alleen samen met A-E.', words(menukaartLetters)),
    column('Onderbouwing', 'Evidence', 'vocabulary', ['evidence', 'level'], 'Erkenningsniveau van het NJi, of niet-beoordeeld.', words(evidenceLevels)),
    column('Bron onderbouwing', 'Evidence source', 'text', ['evidence', 'source'], 'Webadres waar de onderbouwing staat.'),
    column('Aanmelden', 'How to apply', 'text', ['howToApply'], 'Wie meldt aan, voor wanneer en wat stuurt u mee (Markdown mag).'),
    column('Leeftijd vanaf', 'Ages from', 'integer', ['ages', 'from'], 'Jongste leeftijd in jaren.'),
    column('Leeftijd tot', 'Ages to', 'integer', ['ages', 'to'], 'Oudste leeftijd in jaren.'),
    column('Groep vanaf', 'Groups from', 'integer', ['groups', 'from'], 'Laagste groep (of klas in het vo).'),
    column('Groep tot', 'Groups to', 'integer', ['groups', 'to'], 'Hoogste groep (of klas in het vo).'),
    column('Gecontroleerd', 'Checked', 'date', ['checked'], 'Datum waarop het team het aanbod met de aanbieder naliep.'),
    column('Beschikbaar vanaf', 'Available from', 'date', ['available', 'from'], 'Eerste datum waarop het aanbod te krijgen is.'),
    column('Beschikbaar tot', 'Available until', 'date', ['available', 'until'], 'Laatste datum waarop het aanbod te krijgen is.'),
    extra,
  ],
  aanbieders: [
    column('Id', 'Id', 'id', undefined, 'Leeg laten: de id wordt van de naam gemaakt.'),
    column('Naam', 'Name', 'text', ['name'], 'Naam van de organisatie.'),
    column('Website', 'Website', 'text', ['website'], 'Adres dat begint met https://.'),
    column('E-mail', 'Email', 'text', ['email'], 'E-mailadres voor scholen.'),
    column('Telefoon', 'Phone', 'text', ['phone'], 'Telefoonnummer.'),
    column('Contactpersoon', 'Contact person', 'text', ['contactPerson'], 'Met wie scholen contact hebben.'),
    column('Beschrijving', 'Description', 'text', ['description'], 'Korte introductie van de organisatie.'),
    extra,
  ],
  scholen: [
    column('Id', 'Id', 'id', undefined, 'Leeg laten: de id wordt van de naam gemaakt.'),
    column('Naam', 'Name', 'text', ['name'], 'Naam van de school.'),
    column('Type', 'Type', 'vocabulary', ['type'], 'vve, po, so of vo.', words(schoolTypes)),
    column('Leerlingen', 'Pupils', 'integer', ['pupils'], 'Aantal leerlingen.'),
    column('BRIN', 'BRIN', 'text', ['brin'], 'BRIN-nummer.'),
    column('Bestuur', 'Board', 'text', ['board'], 'Het schoolbestuur.'),
    column('Eigen budget', 'Own budget', 'amount', ['budget'], 'Alleen invullen als de school een eigen budget heeft.'),
    column('Contactpersoon', 'Contact name', 'text', ['contact', 'name'], 'Contactpersoon van de school voor het programma; komt niet op de site.'),
    column('E-mail contact', 'Contact email', 'text', ['contact', 'email'], 'E-mailadres van die contactpersoon; komt niet op de site.'),
    column('Telefoon contact', 'Contact phone', 'text', ['contact', 'phone'], 'Telefoonnummer van die contactpersoon; komt niet op de site.'),
    column('Behoeften', 'Needs', 'list', ['needs'], 'Ids van behoeften uit site.yaml die de schoolscan noemt.'),
    column('Notitie behoeften', 'Needs note', 'text', ['needsNote'], 'Eigen notitie van het team; komt niet op de site.'),
    extra,
    computedMoney('Budget', 'Budget', 'Berekend bij de export: het budget van de school.'),
    computedMoney('Besteed', 'Spent', 'Berekend bij de export: de kosten van de keuzes.'),
    computedMoney('Over', 'Left', 'Berekend bij de export: budget min besteed.'),
  ],
  // The columns of keuzes.csv (src/core/reports/choice-table.ts) in its order, then the ones that make an export come back exactly.
  keuzes: [
    column('School', 'School', 'reference', [], 'Naam of id van de school.'),
    computed('Type', 'Type', 'Berekend bij de export.'),
    column('Interventie', 'Intervention', 'reference', ['intervention'], 'Titel of id van een keuze-interventie.'),
    computed('Aanbieder', 'Provider', 'Berekend bij de export.'),
    computed('Domein', 'Domain', 'Berekend bij de export.'),
    column('Aantal', 'Quantity', 'integer', ['quantity'], 'Aantal eenheden, 0 tot en met 100.000 (0: de keuze blijft staan en kost niets); leeg: 1, of het aantal leerlingen bij kosten per leerling.'),
    computed('Eenheid', 'Unit', 'Berekend bij de export.'),
    computedMoney('Prijs per eenheid', 'Unit price', 'Berekend bij de export.'),
    computedMoney('Bedrag', 'Amount', 'Berekend bij de export: aantal maal prijs.'),
    computed('Menukaart', 'NPO menu', 'Berekend bij de export: de categorie van de NPO-menukaart waaronder het bedrag telt (de eerste van de interventie).'),
    column('Opmerking', 'Note', 'text', ['note'], 'Opmerking van de school.'),
    { ...column('School-id', 'School id', 'reference', [], 'Bij de export ingevuld; gaat voor de kolom School.'), replaces: 'School' },
    { ...column('Interventie-id', 'Intervention id', 'reference', ['intervention'], 'Bij de export ingevuld; gaat voor de kolom Interventie.'), replaces: 'Interventie' },
    {
      ...column('Aantal gekozen', 'Quantity chosen', 'integer', ['quantity'], 'Bij de export ingevuld: het aantal zoals de school het opgaf (leeg: standaard); gaat voor de kolom Aantal.'),
      replaces: 'Aantal',
    },
    extra,
  ],
};

export const SHEET_NAMES = Object.keys(SHEETS) as SheetName[];

const headerKey = (header: string) => header.trim().toLowerCase();

/** The column a header names, Dutch or English, any case. */
export function columnFor(sheet: SheetName, header: string): Column | undefined {
  const key = headerKey(header);
  return SHEETS[sheet].find((column) => headerKey(column.header) === key || headerKey(column.english) === key);
}

/** The column that holds a field: `['cost', 'amount']` -> Kosten. */
export function columnOfField(sheet: SheetName, field: FieldPath): Column | undefined {
  const matches = SHEETS[sheet].filter((column) => column.field && column.field.length > 0 && column.field.every((key, i) => field[i] === key));
  return matches.sort((a, b) => (b.field?.length ?? 0) - (a.field?.length ?? 0))[0];
}
