/** Problems in Dutch, the default language of aanbodgids: what is wrong and how to fix it. */
import { COMPONENT_NAMES } from '../markdown/content-components.ts';
import { formatMoney } from '../money/money.ts';
import { MAX_AMOUNT_EUROS, MAX_BUDGET_EUROS, MAX_QUANTITY } from '../money/money-limits.ts';
import { localeOf } from '../strings/labels.ts';
import { listInWords } from '../strings/list-words.ts';
import { characterName, type PlaceWords, type ProblemTexts } from './problem-texts.ts';

const or = (items: readonly string[]) => listInWords(items, 'nl', 'or');
const and = (items: readonly string[]) => listInWords(items, 'nl');
const didYouMean = (suggestions: readonly string[]) => (suggestions.length > 0 ? `; bedoelt u ${or(suggestions)}?` : '');
const money = (cents: number) => formatMoney(cents, 'nl');
const count = (value: number) => value.toLocaleString(localeOf('nl'));

/** zod's type names as a Dutch noun phrase. */
function kindOf(type: string): string {
  const nouns: Record<string, string> = {
    string: 'tekst', number: 'een getal', array: 'een lijst', object: 'een blok met velden',
    boolean: 'ja of nee (true of false)', date: 'een datum', null: 'leeg', int: 'een heel getal', record: 'een blok met velden',
  };
  return nouns[type] ?? type;
}

const contrastPairs = {
  'primary-text': 'tekst in de kop en op knoppen (op de hoofdkleur)',
  links: 'links in de hoofdkleur op de achtergrond',
  'body-text': 'lopende tekst op de achtergrond',
  'fixed-badge': 'witte labeltekst op de kleur van het vaste aanbod',
  'optional-badge': 'witte labeltekst op de kleur van het keuzeaanbod',
  'domain-badge': 'witte labeltekst op de kleur van domein',
};

export const placeWordsNl: PlaceWords = {
  itemOf: (list) => ({ needs: 'behoefte', menukaart: 'doelgebied', choices: 'keuze', domains: 'domein', schoolTypes: 'schooltype', tags: 'trefwoord' })[list] ?? 'nummer',
};

export const problemTextsNl: ProblemTexts = {
  'too-many-aliases': () => ({ message: 'gebruikt te veel YAML-verwijzingen (aliassen, *naam)', hint: 'Schrijf de waarden uit in plaats van ze steeds opnieuw te laten verwijzen.' }),
  'file-missing': () => ({ message: 'verwijst naar een bestand dat niet bestaat', hint: 'Zet het bestand in de inhoudsmap, of verbeter de naam (hoofdletters tellen mee).' }),
  'dangling-link': () => ({ message: 'is een snelkoppeling (symlink) naar iets dat niet bestaat', hint: 'Vervang de snelkoppeling door het bestand zelf.' }),
  'outside-content': () => ({ message: 'verwijst naar een bestand buiten de inhoudsmap', hint: 'Alleen bestanden in de inhoudsmap worden gebruikt: kopieer het bestand naar de inhoudsmap (geen snelkoppeling, geen ../).' }),
  'not-a-file': () => ({ message: 'is geen gewoon bestand', hint: 'Vervang het door een gewoon bestand, of haal het uit de inhoudsmap.' }),
  'not-utf8': () => ({ message: 'is niet in UTF-8 opgeslagen (bijvoorbeeld Latin-1 of Windows-1252)', hint: 'Sla het bestand opnieuw op als UTF-8 (in de meeste editors: Opslaan als, codering UTF-8).' }),
  'logo-too-complex': ({ params }) => ({
    message: `is een SVG die zichzelf steeds opnieuw herhaalt (meer dan ${params.limit} onderdelen als alle <use>-verwijzingen zijn uitgevouwen); zo'n logo laat de browser van elke bezoeker vastlopen`,
    hint: 'Sla het logo opnieuw op als eenvoudige SVG (in een tekenprogramma: exporteren als SVG), of gebruik een PNG.',
  }),
  'logo-not-drawable': () => ({
    message: 'is een SVG die niet te tekenen is (geen of een onmogelijke afmeting, of een fout in het bestand)',
    hint: 'Open het logo in een tekenprogramma en sla het opnieuw op als SVG met een gewone breedte en hoogte, of gebruik een PNG.',
  }),
  'too-large': () => ({ message: 'is groter dan 20 MB en wordt niet gelezen', hint: 'Een beschrijving, schoolbestand of logo is veel kleiner: kijk of het juiste bestand hier staat, of maak een logo kleiner (bijvoorbeeld als SVG of PNG van hooguit 1000 pixels breed).' }),
  'not-its-format': ({ params }) => ({
    message: `is geen ${params.expected.toUpperCase()}-bestand${params.actual === 'unknown' ? '' : ` maar ${params.actual.toUpperCase()}`}`,
    hint: 'Geef het bestand de extensie die bij de inhoud past, of sla het opnieuw op in het juiste formaat.',
  }),
  'bad-base-path-variable': () => ({
    message: 'is geen geldig pad: het moet met / beginnen, zonder lege delen (//) en zonder .. (bijvoorbeeld /npo-aanbod/)',
    hint: 'Verbeter de omgevingsvariabele BASE_PATH, of laat hem weg om basePath uit site.yaml te gebruiken.',
  }),
  'unsafe-out-dir': ({ params }) => ({
    message: {
      'holds-content': 'is de inhoudsmap of een map daarboven; een build vervangt zijn uitvoermap en zou de inhoud wissen',
      'holds-project': 'is de projectmap of een map daarboven; een build vervangt zijn uitvoermap',
      'not-a-build': 'bestaat al en is geen eerdere build van aanbodgids; een build vervangt zijn uitvoermap en zou deze map wissen',
      'not-a-folder': 'is geen map',
    }[params.reason],
    hint: 'Kies met --out-dir of OUT_DIR een nieuwe of lege map, of de map van een eerdere build (niets is gewist).',
  }),
  'reports-in-site': ({ params }) => ({
    message: `ligt in de map van de site (${params.site}): alles daarin wordt gepubliceerd, ook de bestelbrieven met de contactpersonen van scholen`,
    hint: 'Kies met --reports-dir of AANBODGIDS_REPORTS_DIR een map buiten de site, of laat het weg voor reports/ in de projectmap (er is niets geschreven).',
  }),
  'not-a-folder': () => ({ message: 'is geen map', hint: 'Zet CONTENT_DIR op de map met site.yaml, of maak de map content/ aan.' }),
  'missing-site': () => ({ message: 'ontbreekt', hint: 'Elke catalogus heeft een site.yaml nodig met ten minste title, municipality en domains.' }),
  'wrong-extension': ({ params }) => ({
    message: `heeft niet de extensie ${or(params.extensions.map((e) => `.${e}`))}`,
    hint: 'Geef het bestand een andere naam, of haal het uit de inhoudsmap (of laat de naam met _ beginnen, dan wordt het overgeslagen).',
  }),
  'bad-file-name': ({ params }) => ({
    message: `heeft een bestandsnaam die geen geldige id is: "${params.id}"`,
    hint: `Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld "${params.suggestion || 'de-linde'}".`,
  }),
  'duplicate-id': ({ params }) => ({
    message: `heeft dezelfde id "${params.id}" als ${params.other}`,
    hint: 'De id komt uit de bestandsnaam en moet uniek zijn: hernoem of verwijder een van de twee.',
  }),
  'yaml-syntax': ({ params }) => ({
    message: `is geen geldige YAML; de YAML-lezer meldt: "${params.parserMessage}"`,
    hint: 'Controleer inspringing (spaties, geen tabs) en aanhalingstekens: tekst met ": " of die begint met een bijzonder teken moet tussen aanhalingstekens.',
  }),
  'no-frontmatter': () => ({
    message: 'heeft geen frontmatter',
    hint: 'Begin het bestand met een blok tussen twee regels --- met title, summary, domain, offer, provider en schoolTypes.',
  }),
  'mdx-syntax': ({ params }) => ({
    message: `bevat een MDX-fout; de MDX-lezer meldt: "${params.parserMessage}"`,
    hint: 'In MDX zijn { } en < > code: sluit elke tag, of schrijf ze in tekst als \\{ \\} \\<.',
  }),
  'mdx-code': () => ({
    message: 'bevat code (import of export); een beschrijving is tekst en mag geen code uitvoeren',
    hint: `Haal de regel weg. Opmaak kan met Markdown en de onderdelen ${and(COMPONENT_NAMES.map((name) => `<${name}>`))} (zie README, "Onderdelen in een beschrijving").`,
  }),
  'mdx-expression': () => ({
    message: 'bevat code tussen { }; een beschrijving is tekst en mag geen code uitvoeren',
    hint: 'Schrijf de tekst zelf uit, of schrijf accolades in tekst als \\{ en \\}.',
  }),
  'mdx-unknown-component': ({ params }) => ({
    message: `gebruikt het onderdeel <${params.name}>, dat aanbodgids niet kent${didYouMean(params.suggestions.map((name) => `<${name}>`))}`,
    hint: `Toegestaan zijn alleen ${and(params.allowed.map((name) => `<${name}>`))}. Gewone HTML hoort niet in een .mdx-beschrijving: gebruik Markdown (of schrijf < in tekst als \\<).`,
  }),
  'mdx-component-attribute': ({ params }) => ({
    message: `geeft <${params.component}> een eigenschap "${params.attribute}" die niet bestaat of geen tekst tussen aanhalingstekens is`,
    hint: `<${params.component}> kent ${or(params.allowed)}, met tekst tussen aanhalingstekens, bijvoorbeeld ${params.allowed[0]}="...".`,
  }),
  'mdx-missing-attribute': ({ params }) => ({
    message: `mist bij <${params.component}> de eigenschap "${params.attribute}"`,
    hint: `Voeg ${params.attribute}="..." toe aan <${params.component}>.`,
  }),
  'mdx-not-a-web-address': ({ params }) => ({
    message: `geeft <${params.component}> bij "${params.attribute}" geen webadres`,
    hint: 'Gebruik een adres dat begint met https:// (of http://).',
  }),
  required: ({ params }) => ({ message: 'ontbreekt, maar is verplicht', hint: `Vul het veld in (verwacht: ${kindOf(params.expected)}).` }),
  'wrong-type': ({ params }) => ({ message: `moet ${kindOf(params.expected)} zijn, niet ${kindOf(params.written)}` }),
  'not-allowed': ({ params }) => ({
    message: `is geen toegestane waarde${didYouMean(params.suggestions)}`,
    hint: `Schrijf ${or(params.dutch)}${params.english.length > 0 ? ` (of in het Engels: ${or(params.english)})` : ''}.`,
  }),
  'unknown-fields': ({ params }) => ({
    message: `bevat ${params.keys.length === 1 ? 'een onbekend veld' : 'onbekende velden'}: ${params.keys.join(', ')}`,
    hint: `${params.suggestions.map(({ key, field }) => `Bij ${key}: bedoelt u ${field}? `).join('')}Controleer de spelling (hoofdletters tellen mee) of verwijder het veld; eigen gegevens van het team horen onder extra:. De README noemt alle velden.`,
  }),
  'empty-file': () => ({ message: 'is leeg', hint: 'Vul het bestand met de velden die de README noemt, of verwijder het (of laat de naam met _ beginnen).' }),
  'too-few': ({ params }) => ({ message: `moet ten minste ${params.minimum} ${params.minimum === 1 ? 'item' : 'items'} bevatten` }),
  'too-small': ({ params }) => ({ message: `moet ten minste ${params.minimum} zijn` }),
  'too-long': ({ params }) => ({
    message: `is te lang: ${count(params.length)} tekens, hooguit ${count(params.maximum)}`,
    hint: 'Kort de tekst in; een langere toelichting hoort in de beschrijving, of voor het team in extra.',
  }),
  'schema-other': ({ params }) => ({ message: `klopt niet; de controle meldt: "${params.text}"` }),
  'not-an-id': () => ({ message: 'is geen geldige id: gebruik kleine letters, cijfers en streepjes (bijvoorbeeld "taal-op-school")' }),
  empty: () => ({ message: 'mag niet leeg zijn' }),
  'negative-euros': () => ({ message: 'moet 0 euro of meer zijn' }),
  'not-an-email': () => ({ message: 'is geen geldig e-mailadres (verwacht zoiets als info@voorbeeld.nl)' }),
  'not-a-url': () => ({ message: 'is geen geldig webadres (verwacht zoiets als https://www.voorbeeld.nl)' }),
  'not-a-date': () => ({ message: 'is geen datum (verwacht JJJJ-MM-DD, bijvoorbeeld 2025-10-01)' }),
  'not-a-colour': () => ({ message: 'is geen kleur (verwacht een hexcode zoals #1b6e53)' }),
  'not-whole': () => ({ message: 'moet een heel getal zijn' }),
  'not-a-number': ({ value }) => ({
    message: `is geen gewoon getal: YAML leest het als ${Number.isNaN(value) ? '"geen getal" (.nan)' : 'oneindig (.inf, of een getal met zo veel cijfers als 1e999)'}`,
    hint: 'Schrijf het getal in cijfers, bijvoorbeeld 12.50 voor een bedrag in euro\'s of 25 voor een aantal.',
  }),
  'too-many-decimals': () => ({ message: 'heeft meer dan twee decimalen', hint: 'Schrijf een bedrag in euro\'s met hoogstens twee cijfers achter de punt, bijvoorbeeld 12.50.' }),
  'above-max-amount': () => ({ message: `is hoger dan het maximum van ${money(MAX_AMOUNT_EUROS * 100)}`, hint: 'Controleer het bedrag (staat de punt goed?).' }),
  'above-max-budget': () => ({ message: `is hoger dan het maximum van ${money(MAX_BUDGET_EUROS * 100)}`, hint: 'Controleer het budget (staat de punt goed?).' }),
  'above-max-quantity': () => ({ message: `is hoger dan het maximum van ${count(MAX_QUANTITY)}` }),
  'below-one': () => ({ message: 'moet 1 of meer zijn' }),
  'below-zero': () => ({ message: 'moet 0 of meer zijn' }),
  'ends-before-start': () => ({ message: 'ligt vóór de begindatum (start)' }),
  'duplicate-domain': () => ({ message: 'wordt door twee domeinen gebruikt; elk domein heeft een eigen id' }),
  'not-a-logo-file': () => ({ message: 'moet een .svg-, .png-, .jpg- of .webp-bestand in de inhoudsmap zijn (bijvoorbeeld logo.svg)' }),
  'not-a-base-path': () => ({ message: 'moet een pad zijn dat met / begint, zonder lege delen (//) en zonder .. (bijvoorbeeld /npo-aanbod/)' }),
  'no-domains': () => ({ message: 'moet ten minste één domein bevatten' }),
  'no-school-types': () => ({ message: 'moet ten minste één schooltype bevatten (vve, po, so of vo)' }),
  'from-after-to': () => ({ message: 'ligt na het einde (to of until)', hint: 'Zet het begin (from) vóór of gelijk aan het einde.' }),
  'menukaart-f-alone': () => ({
    message: 'noemt alleen F; F (faciliteiten en randvoorwaarden) telt alleen samen met A tot en met E',
    hint: 'Voeg het doelgebied van de menukaart toe waar de faciliteiten voor zijn, bijvoorbeeld [C, F].',
  }),
  'duplicate-need': () => ({ message: 'wordt door twee behoeften gebruikt; elke behoefte heeft een eigen id' }),
  'unknown-need': ({ params }) => ({
    message: `is geen behoefte uit site.yaml${didYouMean(params.suggestions)}`,
    hint: params.needs.length > 0 ? `Gebruik een van: ${params.needs.join(', ')}; of voeg de behoefte toe aan needs in site.yaml.` : 'Zet de behoeften uit de schoolscans onder needs in site.yaml (id en label).',
  }),
  'unavailable-chosen': ({ params }) => ({
    message: `is niet beschikbaar in de periode ${params.periodStart} tot en met ${params.periodEnd} (beschikbaar${params.from ? ` vanaf ${params.from}` : ''}${params.until ? ` tot en met ${params.until}` : ''})`,
    hint: 'Verwijder de keuze, of pas available van de interventie aan als de aanbieder het toch levert.',
  }),
  'lonely-synonym': () => ({ message: 'is een groep met maar één woord', hint: 'Zet ten minste twee woorden in een groep, bijvoorbeeld [dyslexie, leesproblemen], of haal de groep weg.' }),
  'unknown-domain': ({ params }) => ({
    message: `is geen domein uit site.yaml${didYouMean(params.suggestions)}`,
    hint: `Gebruik een van: ${params.domains.join(', ')}; of voeg het domein toe aan site.yaml.`,
  }),
  'unknown-provider': ({ value, params }) => ({
    message: `is geen aanbieder${didYouMean(params.suggestions)}`,
    hint: `Maak providers/${String(value)}.yaml aan, of gebruik de id (bestandsnaam) van een bestaande aanbieder.`,
  }),
  'unknown-intervention': ({ params }) => ({
    message: `is geen interventie${didYouMean(params.suggestions)}`,
    hint: 'Gebruik de bestandsnaam (zonder .mdx) van een interventie.',
  }),
  'chosen-twice': () => ({ message: 'is twee keer gekozen', hint: 'Houd één keuze over en zet het aantal in quantity.' }),
  'fixed-chosen': () => ({
    message: 'is vast aanbod; scholen kiezen alleen uit het keuzeaanbod',
    hint: 'Verwijder de keuze (elke school krijgt het vaste aanbod al), of maak de interventie keuzeaanbod (offer: keuze).',
  }),
  'wrong-school-type': ({ params }) => ({
    message: `is niet bedoeld voor schooltype "${params.schoolType}" (alleen voor ${or(params.meantFor)})`,
    hint: `Verwijder de keuze, of voeg "${params.schoolType}" toe aan schoolTypes van de interventie.`,
  }),
  'unknown-school-file': ({ params }) => ({
    message: `hoort bij geen school: er is geen schools/${params.id}.yaml en geen school met de naam in het bestand`,
    hint: 'Hernoem het bestand naar de id van de school (de bestandsnaam in content/schools/), of voeg een nieuwe school toe met --new.',
  }),
  'ambiguous-school-file': ({ params }) => ({
    message: `past bij meer dan een school: ${or(params.schools)}`,
    hint: 'Hernoem het bestand naar de id van de juiste school (de bestandsnaam in content/schools/).',
  }),
  'school-file-twice': ({ params }) => ({
    message: `is voor dezelfde school als ${params.other}`,
    hint: 'Geef per school een bestand op: het nieuwste.',
  }),
  'school-file-other-name': ({ params }) => ({
    message: `is niet de school waar het bestand naar heet: dat is "${params.school}" (schools/${params.id}.yaml)${params.writtenId ? `, deze naam is van schools/${params.writtenId}.yaml` : ''}`,
    hint: `Kijk na van welke school het bestand komt en geef het de id van die school als naam${params.writtenId ? ` (${params.writtenId}.yaml)` : ''}; heeft de school een nieuwe naam, verbeter dan name in het bestand.`,
  }),
  'dot-decimal': ({ params }) => ({
    message: 'is geen bedrag: een punt gevolgd door minder of meer dan drie cijfers is onduidelijk',
    hint: `Schrijf centen met een komma: ${params.suggestion}.`,
  }),
  'not-an-amount': () => ({ message: 'is geen bedrag', hint: 'Schrijf bijvoorbeeld 1250, 1.250, € 1.250,00 of 12,50.' }),
  'unknown-school': ({ params }) => ({
    message: `is geen school${didYouMean(params.suggestions)}`,
    hint: 'Gebruik de id of de naam van een school uit het blad scholen of uit de map schools/.',
  }),
  'file-exists': ({ params }) => ({
    message: `bestaat al als ${params.existing}`,
    hint: 'Importeer met --update om de velden uit het blad bij te werken, of geef de rij een andere id.',
  }),
  'cell-without-header': ({ params }) => ({
    message: `staat in kolom ${params.column}, rechts van de laatste kolomkop van ${params.source}; de rij heeft meer cellen dan de kopregel`,
    hint: 'Staat er een ; of , in een bedrag of tekst? Zet die cel tussen aanhalingstekens ("12,50"), gebruik in het hele bestand het scheidingsteken van de kopregel, of geef de kolom een kop.',
  }),
  'spreadsheet-unreadable': ({ params }) => ({
    message: `kan niet worden gelezen als spreadsheet; de lezer meldt: "${params.parserMessage}"`,
    hint: 'Sla het bestand in Excel opnieuw op als .xlsx, of als CSV (UTF-8) met ; als scheidingsteken.',
  }),
  'spreadsheet-too-large': ({ params }) => ({
    message: `is uitgepakt groter dan ${params.limitMb} MB; een catalogus past daar ruim in`,
    hint: 'Is dit het goede bestand? Sla het opnieuw op in Excel zonder afbeeldingen en oude bladen, of splits het in kleinere bestanden.',
  }),
  'spreadsheet-too-many-cells': ({ params }) => ({
    message: `heeft meer dan ${params.limit.toLocaleString('nl-NL')} gevulde cellen; een catalogus past daar ruim in`,
    hint: 'Haal lege opmaak, oude bladen en cellen ver buiten de tabel weg, of splits het blad in kleinere bestanden.',
  }),
  'over-budget': ({ params }) => ({
    message: `school "${params.school}" gaat over het budget: gekozen ${money(params.spentCents)} van ${money(params.budgetCents)} (${money(params.spentCents - params.budgetCents)} te veel)`,
  }),
  'zero-quantity': ({ params }) => ({
    message: `is 0: de keuze "${params.title}" blijft staan en kost niets`,
    hint: 'Vul het aantal in dat de school afneemt, of laat quantity weg voor de standaard (1, of het aantal leerlingen bij kosten per leerling).',
  }),
  'over-capacity': ({ params }) => ({
    message: `interventie "${params.title}" is vaker gekozen dan er plaats is: door ${params.chosenBy} scholen, plaats voor ${params.capacity}`,
  }),
  'low-contrast': ({ params }) => ({
    message: `geeft ${contrastPairs[params.pair]}${params.domain ? ` "${params.domain}"` : ''} een contrast van ${params.ratio.toFixed(2).replace('.', ',')}:1; WCAG 2.1 AA vraagt ten minste 4,5:1`,
    hint: 'Kies een donkerdere kleur (of een lichtere voor tekst op een donkere kleur) en controleer haar met een contrastchecker.',
  }),
  'not-checked-recently': ({ params }) => ({
    message: `interventie "${params.title}" is sinds ${params.checked} niet gecontroleerd bij de aanbieder: langer dan ${params.months} maanden vóór ${params.buildDate}`,
    hint: 'Vraag de aanbieder of prijs, planning en aanmelding nog kloppen, en zet de datum van vandaag in checked.',
  }),
  'similar-colours': ({ params }) => ({
    message: `domein "${params.domain}" heeft bijna dezelfde kleur als het label ${params.offer === 'fixed' ? 'Vast aanbod' : 'Keuzeaanbod'} (${params.badgeColour}): kleurverschil ${params.difference.toFixed(1).replace('.', ',')}, minstens 10 nodig (CIEDE2000)`,
    hint: `Kies voor het domein een kleur die duidelijk anders is, of zet theme.${params.offer} in site.yaml op een andere kleur.`,
  }),
  'missing-characters': ({ params }) => ({
    message: `bevat ${params.characters.length === 1 ? 'een teken dat' : `${params.characters.length} tekens die`} het lettertype van de brochure niet heeft: ${params.characters.map(characterName).join(', ')}; in de brochure staat daar "${params.replacement}"`,
    hint: 'Vervang ze door gewone letters of tekens, of laat ze weg; op de website staan ze wel.',
  }),
  'no-site-url': ({ params }) => ({
    message: `heeft geen url: op de voorkant van de brochures staan het pad van de pagina en ${params.municipality} in plaats van het volledige webadres`,
    hint: 'Zet url: https://… in site.yaml om het webadres af te drukken.',
  }),
  'logo-not-printed': () => ({
    message: 'is geen SVG, PNG of JPEG: de brochures worden zonder logo gedrukt',
    hint: 'Zet een SVG- of PNG-versie van het logo in de inhoudsmap en noem die in site.yaml om het logo te drukken.',
  }),
  'image-from-elsewhere': () => ({
    message: 'is een afbeelding van een andere website; de site laadt niets van andere servers, dus op de pagina staat alleen de beschrijving (alt-tekst)',
    hint: 'Zet de afbeelding in de inhoudsmap en verwijs ernaar met een pad, bijvoorbeeld ![Beschrijving](./foto.jpg).',
  }),
};
