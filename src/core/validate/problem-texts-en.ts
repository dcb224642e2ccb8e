/** Problems in English, for a site with `language: en`: what is wrong and how to fix it. */
import { COMPONENT_NAMES } from '../markdown/content-components.ts';
import { formatMoney } from '../money/money.ts';
import { MAX_AMOUNT_EUROS, MAX_BUDGET_EUROS, MAX_QUANTITY } from '../money/money-limits.ts';
import { localeOf } from '../strings/labels.ts';
import { listInWords } from '../strings/list-words.ts';
import { characterName, type PlaceWords, type ProblemTexts } from './problem-texts.ts';

const or = (items: readonly string[]) => listInWords(items, 'en', 'or');
const and = (items: readonly string[]) => listInWords(items, 'en');
const didYouMean = (suggestions: readonly string[]) => (suggestions.length > 0 ? `; did you mean ${or(suggestions)}?` : '');
const money = (cents: number) => formatMoney(cents, 'en');
const count = (value: number) => value.toLocaleString(localeOf('en'));

/** zod's type names as an English noun phrase. */
function kindOf(type: string): string {
  const nouns: Record<string, string> = {
    string: 'text', number: 'a number', array: 'a list', object: 'a block of fields',
    boolean: 'true or false', date: 'a date', null: 'empty', int: 'a whole number', record: 'a block of fields',
  };
  return nouns[type] ?? type;
}

const contrastPairs = {
  'primary-text': 'header and button text on the primary colour',
  links: 'links in the primary colour on the background',
  'body-text': 'body text on the background',
  'fixed-badge': 'white badge text on the fixed-offer colour',
  'optional-badge': 'white badge text on the optional-offer colour',
  'domain-badge': 'white badge text on the colour of domain',
};

export const placeWordsEn: PlaceWords = {
  itemOf: (list) => ({ needs: 'need', menukaart: 'category', choices: 'choice', domains: 'domain', schoolTypes: 'school type', tags: 'tag' })[list] ?? 'item',
};

export const problemTextsEn: ProblemTexts = {
  'too-many-aliases': () => ({ message: 'uses too many YAML aliases (*name)', hint: 'Write the values out instead of referring to them again and again.' }),
  'file-missing': () => ({ message: 'names a file that does not exist', hint: 'Put the file in the content folder, or correct its name (capitals count).' }),
  'dangling-link': () => ({ message: 'is a symbolic link to something that does not exist', hint: 'Replace the link with the file itself.' }),
  'outside-content': () => ({ message: 'names a file outside the content folder', hint: 'Only files inside the content folder are used: copy the file into it (no symbolic link, no ../).' }),
  'not-a-file': () => ({ message: 'is not an ordinary file', hint: 'Replace it with an ordinary file, or move it out of the content folder.' }),
  'not-utf8': () => ({ message: 'is not saved as UTF-8 (for example Latin-1 or Windows-1252)', hint: 'Save the file again as UTF-8 (in most editors: Save as, encoding UTF-8).' }),
  'logo-too-complex': ({ params }) => ({
    message: `is an SVG that repeats itself over and over (more than ${params.limit} elements once every <use> reference is expanded); such a logo hangs every visitor's browser`,
    hint: 'Save the logo again as a plain SVG (in a drawing program: export as SVG), or use a PNG.',
  }),
  'logo-not-drawable': () => ({
    message: 'is an SVG that cannot be drawn (no size or an impossible one, or an error in the file)',
    hint: 'Open the logo in a drawing program and save it again as an SVG with an ordinary width and height, or use a PNG.',
  }),
  'too-large': () => ({ message: 'is larger than 20 MB and is not read', hint: 'A description, school file or logo is far smaller: check that the right file is here, or make a logo smaller (for example an SVG, or a PNG at most 1000 pixels wide).' }),
  'not-its-format': ({ params }) => ({
    message: `is not a ${params.expected.toUpperCase()} file${params.actual === 'unknown' ? '' : ` but ${params.actual.toUpperCase()}`}`,
    hint: 'Give the file the extension that matches what it is, or save it again in the right format.',
  }),
  'bad-base-path-variable': () => ({
    message: 'is not a valid path: it must start with /, without empty parts (//) and without .. (for example /npo-aanbod/)',
    hint: 'Correct the environment variable BASE_PATH, or leave it out to use basePath from site.yaml.',
  }),
  'unsafe-out-dir': ({ params }) => ({
    message: {
      'holds-content': 'is the content folder or a folder above it; a build replaces its output folder and would delete the content',
      'holds-project': 'is the project folder or a folder above it; a build replaces its output folder',
      'not-a-build': 'exists and is not an earlier aanbodgids build; a build replaces its output folder and would delete this one',
      'not-a-folder': 'is not a folder',
    }[params.reason],
    hint: 'Choose a new or empty folder with --out-dir or OUT_DIR, or the folder of an earlier build (nothing was deleted).',
  }),
  'reports-in-site': ({ params }) => ({
    message: `is inside the site's folder (${params.site}): everything there is published, the order letters with the schools' contact persons too`,
    hint: 'Choose a folder outside the site with --reports-dir or AANBODGIDS_REPORTS_DIR, or leave it out for reports/ in the project folder (nothing was written).',
  }),
  'not-a-folder': () => ({ message: 'is not a folder', hint: 'Set CONTENT_DIR to the folder that holds site.yaml, or create content/.' }),
  'missing-site': () => ({ message: 'is missing', hint: 'Every catalogue needs a site.yaml with at least title, municipality and domains.' }),
  'wrong-extension': ({ params }) => ({
    message: `is not a ${or(params.extensions.map((e) => `.${e}`))} file`,
    hint: 'Rename it, or move it out of the content folder (or start its name with _ to skip it).',
  }),
  'bad-file-name': ({ params }) => ({
    message: `has a file name that is not a valid id: "${params.id}"`,
    hint: `Use lowercase letters, digits and hyphens only, for example "${params.suggestion || 'de-linde'}".`,
  }),
  'duplicate-id': ({ params }) => ({
    message: `has the same id "${params.id}" as ${params.other}`,
    hint: 'Ids come from file names and must be unique: rename or remove one of the two.',
  }),
  'yaml-syntax': ({ params }) => ({
    message: `is not valid YAML; the YAML reader says: "${params.parserMessage}"`,
    hint: 'Check indentation (spaces, no tabs) and quoting: text containing ": " or starting with a special character needs quotes.',
  }),
  'no-frontmatter': () => ({
    message: 'has no frontmatter',
    hint: 'Start the file with a block between two --- lines holding title, summary, domain, offer, provider and schoolTypes.',
  }),
  'mdx-syntax': ({ params }) => ({
    message: `has an MDX syntax error; the MDX reader says: "${params.parserMessage}"`,
    hint: 'In MDX, { } and < > are code: close every tag, or write them as \\{ \\} \\< in text.',
  }),
  'mdx-code': () => ({
    message: 'contains code (import or export); a description is text and may not run code',
    hint: `Remove the line. Format with Markdown and the components ${and(COMPONENT_NAMES.map((name) => `<${name}>`))} (see README, "Onderdelen in een beschrijving").`,
  }),
  'mdx-expression': () => ({
    message: 'contains code between { }; a description is text and may not run code',
    hint: 'Write the text out, or write braces in text as \\{ and \\}.',
  }),
  'mdx-unknown-component': ({ params }) => ({
    message: `uses the component <${params.name}>, which aanbodgids does not provide${didYouMean(params.suggestions.map((name) => `<${name}>`))}`,
    hint: `Only ${and(params.allowed.map((name) => `<${name}>`))} are allowed. Plain HTML does not belong in an .mdx description: use Markdown (or write < in text as \\<).`,
  }),
  'mdx-component-attribute': ({ params }) => ({
    message: `gives <${params.component}> an attribute "${params.attribute}" that does not exist or is not text in quotes`,
    hint: `<${params.component}> takes ${or(params.allowed)}, with text in quotes, e.g. ${params.allowed[0]}="...".`,
  }),
  'mdx-missing-attribute': ({ params }) => ({
    message: `lacks the attribute "${params.attribute}" on <${params.component}>`,
    hint: `Add ${params.attribute}="..." to <${params.component}>.`,
  }),
  'mdx-not-a-web-address': ({ params }) => ({
    message: `gives <${params.component}> no web address in "${params.attribute}"`,
    hint: 'Use an address starting with https:// (or http://).',
  }),
  required: ({ params }) => ({ message: 'is required but missing', hint: `Add the field (expected ${kindOf(params.expected)}).` }),
  'wrong-type': ({ params }) => ({ message: `must be ${kindOf(params.expected)}, not ${kindOf(params.written)}` }),
  'not-allowed': ({ params }) => ({
    message: `is not one of the allowed values${didYouMean(params.suggestions)}`,
    hint: `Write ${or(params.dutch)}${params.english.length > 0 ? ` (or in English: ${or(params.english)})` : ''}.`,
  }),
  'unknown-fields': ({ params }) => ({
    message: `has ${params.keys.length === 1 ? 'an unknown field' : 'unknown fields'}: ${params.keys.join(', ')}`,
    hint: `${params.suggestions.map(({ key, field }) => `For ${key}: did you mean ${field}? `).join('')}Check the spelling (capitals count) or remove the field; the team's own data belongs under extra:. The README lists every field.`,
  }),
  'empty-file': () => ({ message: 'is empty', hint: 'Fill the file with the fields the README names, or remove it (or start its name with _).' }),
  'too-few': ({ params }) => ({ message: `needs at least ${params.minimum} ${params.minimum === 1 ? 'item' : 'items'}` }),
  'too-long': ({ params }) => ({
    message: `is too long: ${count(params.length)} characters, at most ${count(params.maximum)}`,
    hint: 'Shorten the text; a longer explanation belongs in the description, or for the team in extra.',
  }),
  'too-small': ({ params }) => ({ message: `must be at least ${params.minimum}` }),
  'schema-other': ({ params }) => ({ message: `is not right; the check says: "${params.text}"` }),
  'not-an-id': () => ({ message: 'must be an id: lowercase letters, digits and hyphens (for example "taal-op-school")' }),
  empty: () => ({ message: 'must not be empty' }),
  'negative-euros': () => ({ message: 'must be 0 or more euros' }),
  'not-an-email': () => ({ message: 'is not a valid e-mail address (expected something like info@example.nl)' }),
  'not-a-url': () => ({ message: 'is not a valid web address (expected something like https://www.example.nl)' }),
  'not-a-date': () => ({ message: 'is not a date (expected YYYY-MM-DD, for example 2025-10-01)' }),
  'not-a-colour': () => ({ message: 'is not a colour (expected a hex code like #1b6e53)' }),
  'not-whole': () => ({ message: 'must be a whole number' }),
  'not-a-number': ({ value }) => ({
    message: `is not an ordinary number: YAML reads it as ${Number.isNaN(value) ? '"not a number" (.nan)' : 'infinity (.inf, or a number with as many digits as 1e999)'}`,
    hint: 'Write the number in digits, for example 12.50 for an amount in euros or 25 for a count.',
  }),
  'too-many-decimals': () => ({ message: 'has more than two decimals', hint: 'Write an amount in euros with at most two digits after the point, for example 12.50.' }),
  'above-max-amount': () => ({ message: `is above the maximum of ${money(MAX_AMOUNT_EUROS * 100)}`, hint: 'Check the amount (is the point in the right place?).' }),
  'above-max-budget': () => ({ message: `is above the maximum of ${money(MAX_BUDGET_EUROS * 100)}`, hint: 'Check the budget (is the point in the right place?).' }),
  'above-max-quantity': () => ({ message: `is above the maximum of ${count(MAX_QUANTITY)}` }),
  'below-one': () => ({ message: 'must be 1 or more' }),
  'below-zero': () => ({ message: 'must be 0 or more' }),
  'ends-before-start': () => ({ message: 'is before the start date' }),
  'duplicate-domain': () => ({ message: 'is used by two domains; domain ids must be unique' }),
  'not-a-logo-file': () => ({ message: 'must be an .svg, .png, .jpg or .webp file in the content folder (for example logo.svg)' }),
  'not-a-base-path': () => ({ message: 'must be a path starting with /, without empty parts (//) and without .. (for example /npo-aanbod/)' }),
  'no-domains': () => ({ message: 'needs at least one domain' }),
  'no-school-types': () => ({ message: 'needs at least one school type (vve, po, so or vo)' }),
  'from-after-to': () => ({ message: 'comes after the end (to or until)', hint: 'Make the start (from) come before or on the end.' }),
  'menukaart-f-alone': () => ({
    message: 'names only F; F (facilities and preconditions) only counts together with A to E',
    hint: 'Add the menukaart category the facilities serve, for example [C, F].',
  }),
  'duplicate-need': () => ({ message: 'is used by two needs; every need has its own id' }),
  'unknown-need': ({ params }) => ({
    message: `is not a need in site.yaml${didYouMean(params.suggestions)}`,
    hint: params.needs.length > 0 ? `Use one of: ${params.needs.join(', ')}; or add the need to needs in site.yaml.` : 'List the needs from the school scans under needs in site.yaml (id and label).',
  }),
  'unavailable-chosen': ({ params }) => ({
    message: `is not available in the period ${params.periodStart} to ${params.periodEnd} (available${params.from ? ` from ${params.from}` : ''}${params.until ? ` until ${params.until}` : ''})`,
    hint: "Remove the choice, or correct the intervention's available dates if the provider does deliver it.",
  }),
  'lonely-synonym': () => ({ message: 'is a group of only one word', hint: 'Put at least two words in a group, for example [dyslexia, reading difficulties], or remove the group.' }),
  'unknown-domain': ({ params }) => ({
    message: `is not a domain in site.yaml${didYouMean(params.suggestions)}`,
    hint: `Use one of: ${params.domains.join(', ')}; or add the domain to site.yaml.`,
  }),
  'unknown-provider': ({ value, params }) => ({
    message: `is not a provider${didYouMean(params.suggestions)}`,
    hint: `Add providers/${String(value)}.yaml, or use the id (file name) of an existing provider.`,
  }),
  'unknown-intervention': ({ params }) => ({
    message: `is not an intervention${didYouMean(params.suggestions)}`,
    hint: 'Use the file name (without .mdx) of an intervention.',
  }),
  'chosen-twice': () => ({ message: 'is chosen twice', hint: 'Keep one choice and set its quantity instead.' }),
  'fixed-chosen': () => ({
    message: 'is fixed offer; schools only choose optional offer',
    hint: 'Remove the choice (every school gets fixed offer anyway), or make the intervention optional (offer: keuze).',
  }),
  'wrong-school-type': ({ params }) => ({
    message: `is not meant for school type "${params.schoolType}" (only for ${or(params.meantFor)})`,
    hint: `Remove the choice, or add "${params.schoolType}" to the intervention's schoolTypes.`,
  }),
  'unknown-school-file': ({ params }) => ({
    message: `belongs to no school: there is no schools/${params.id}.yaml and no school with the name in the file`,
    hint: "Rename the file to the school's id (its file name in content/schools/), or add a new school with --new.",
  }),
  'ambiguous-school-file': ({ params }) => ({
    message: `fits more than one school: ${or(params.schools)}`,
    hint: "Rename the file to the right school's id (its file name in content/schools/).",
  }),
  'school-file-twice': ({ params }) => ({
    message: `is for the same school as ${params.other}`,
    hint: 'Give one file per school: the newest.',
  }),
  'school-file-other-name': ({ params }) => ({
    message: `is not the school the file is named for: that is "${params.school}" (schools/${params.id}.yaml)${params.writtenId ? `, this name is schools/${params.writtenId}.yaml's` : ''}`,
    hint: `Check which school sent the file and name it for that school's id${params.writtenId ? ` (${params.writtenId}.yaml)` : ''}; if the school has a new name, correct name in the file.`,
  }),
  'dot-decimal': ({ params }) => ({
    message: 'is not an amount: a dot followed by fewer or more than three digits is ambiguous in Dutch',
    hint: `Write cents after a comma: ${params.suggestion}.`,
  }),
  'not-an-amount': () => ({ message: 'is not an amount', hint: 'Write for example 1250, 1.250, € 1.250,00 or 12,50.' }),
  'unknown-school': ({ params }) => ({
    message: `is not a school${didYouMean(params.suggestions)}`,
    hint: 'Use the id or name of a school in the scholen sheet or in the schools/ folder.',
  }),
  'file-exists': ({ params }) => ({
    message: `exists already as ${params.existing}`,
    hint: 'Import with --update to update the fields in the sheet, or give the row another id.',
  }),
  'cell-without-header': ({ params }) => ({
    message: `is in column ${params.column}, right of the last column heading of ${params.source}; the row has more cells than the heading row`,
    hint: 'Is there a ; or , in an amount or text? Put that cell in double quotes ("12,50"), use the heading row\'s separator throughout the file, or give the column a heading.',
  }),
  'spreadsheet-unreadable': ({ params }) => ({
    message: `cannot be read as a spreadsheet; the reader says: "${params.parserMessage}"`,
    hint: 'Save the file again in Excel as .xlsx, or as CSV (UTF-8).',
  }),
  'spreadsheet-too-large': ({ params }) => ({
    message: `is larger than ${params.limitMb} MB when unpacked; a catalogue fits in that easily`,
    hint: 'Is this the right file? Save it again without images and old sheets, or split it into smaller files.',
  }),
  'spreadsheet-too-many-cells': ({ params }) => ({
    message: `has more than ${params.limit.toLocaleString('en-GB')} filled cells; a catalogue fits in that easily`,
    hint: 'Remove empty formatting, old sheets and cells far outside the table, or split the sheet into smaller files.',
  }),
  'over-budget': ({ params }) => ({
    message: `school "${params.school}" is over budget: chosen ${money(params.spentCents)} of ${money(params.budgetCents)} (${money(params.spentCents - params.budgetCents)} over)`,
  }),
  'zero-quantity': ({ params }) => ({
    message: `is 0: the choice "${params.title}" stays and costs nothing`,
    hint: "Fill in the quantity the school takes, or leave quantity out for the default (1, or the school's pupils for a per-pupil cost).",
  }),
  'over-capacity': ({ params }) => ({
    message: `intervention "${params.title}" is over capacity: chosen by ${params.chosenBy} schools, room for ${params.capacity}`,
  }),
  'low-contrast': ({ params }) => ({
    message: `gives ${contrastPairs[params.pair]}${params.domain ? ` "${params.domain}"` : ''} a contrast of ${params.ratio.toFixed(2)}:1; WCAG 2.1 AA needs at least 4.5:1`,
    hint: 'Choose a darker colour (or a lighter one for text on a dark colour); check it with a contrast checker.',
  }),
  'not-checked-recently': ({ params }) => ({
    message: `intervention "${params.title}" has not been checked with its provider since ${params.checked}: more than ${params.months} months before ${params.buildDate}`,
    hint: 'Ask the provider whether price, planning and how to apply still hold, and set checked to today.',
  }),
  'similar-colours': ({ params }) => ({
    message: `domain "${params.domain}" has almost the colour of the ${params.offer === 'fixed' ? 'Fixed offer' : 'Optional offer'} badge (${params.badgeColour}): colour difference ${params.difference.toFixed(1)}, at least 10 needed (CIEDE2000)`,
    hint: `Choose a clearly different colour for the domain, or set theme.${params.offer} in site.yaml to another colour.`,
  }),
  'missing-characters': ({ params }) => ({
    message: `holds ${params.characters.length === 1 ? 'a character' : `${params.characters.length} characters`} the brochure font lacks: ${params.characters.map(characterName).join(', ')}; the brochure prints "${params.replacement}" instead`,
    hint: 'Replace them with ordinary letters or signs, or leave them out; the website shows them.',
  }),
  'no-site-url': ({ params }) => ({
    message: `has no url: the brochures' covers name the page's path and ${params.municipality} instead of the full web address`,
    hint: 'Add url: https://… to site.yaml to print the address.',
  }),
  'logo-not-printed': () => ({
    message: 'is not an SVG, PNG or JPEG: the brochures are printed without a logo',
    hint: 'Put an SVG or PNG version of the logo in the content folder and name it in site.yaml to print it.',
  }),
  'image-from-elsewhere': () => ({
    message: 'is an image from another website; the site loads nothing from other servers, so the page shows only its description (alt text)',
    hint: 'Put the image in the content folder and refer to it by a path, for example ![Description](./photo.jpg).',
  }),
};
