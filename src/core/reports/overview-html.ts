/**
 * overzicht.html: the reports as one page to read and print, each table with a totals row, and
 * what every school spends per domain. Content text is always escaped.
 */
import type { Catalogue } from '../catalogue/catalogue-model.ts';
import { escapeHtml } from '../strings/escape-html.ts';
import type { Language } from '../strings/labels.ts';
import { menukaartText } from '../fit/fit-view.ts';
import { formatMoney } from '../money/money.ts';
import { MENUKAART_CATEGORIES } from '../schema/menukaart.ts';
import { choiceRows, choiceTable } from './choice-table.ts';
import { domainMatrix } from './domain-matrix.ts';
import { providerTable } from './provider-rows.ts';
import { schoolTable } from './school-rows.ts';
import type { CellValue, Column, Table } from './table.ts';

const texts = {
  nl: { title: 'Overzicht van de keuzes', schools: 'Scholen', menukaart: 'Menukaart A tot en met F: de doelgebieden van de NPO-menukaart. Een interventie onder meer categorieën telt bij de eerste.', providers: 'Aanbieders en interventies', choices: 'Alle keuzes', matrix: 'Bedrag per school en domein', total: 'Totaal' },
  en: { title: 'Overview of the choices', schools: 'Schools', menukaart: 'NPO menu A to F: the categories of the national NPO menu. An intervention under several categories counts under the first.', providers: 'Providers and interventions', choices: 'All choices', matrix: 'Amount per school and domain', total: 'Total' },
};

function cellText<Row>(column: Column<Row>, value: CellValue, language: Language): string {
  if (value === undefined) return '';
  return column.kind === 'money' && typeof value === 'number' ? formatMoney(value, language) : String(value);
}

/** Amounts and counts add up in the last row, except where a sum means nothing: capacities, and quantities of different units. */
const SUMMED = new Set(['money', 'count']);
const NOT_SUMMED = new Set(['capacity', 'quantity', 'totalQuantity']);

function tableHtml<Row>(table: Table<Row>, language: Language, heading: string): string {
  const head = table.columns.map((column) => `<th scope="col"${column.kind === 'text' ? '' : ' class="num"'}>${escapeHtml(column.heading[language])}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${table.columns.map((column) => `<td${column.kind === 'text' ? '' : ' class="num"'}>${escapeHtml(cellText(column, column.value(row, language), language))}</td>`).join('')}</tr>`)
    .join('\n');
  const totals = table.columns.map((column, index) => {
    if (index === 0) return `<th scope="row">${texts[language].total}</th>`;
    if (!SUMMED.has(column.kind) || NOT_SUMMED.has(column.key)) return '<td></td>';
    const sum = table.rows.reduce((total, row) => total + (Number(column.value(row, language)) || 0), 0);
    return `<td class="num">${escapeHtml(cellText(column, sum, language))}</td>`;
  });
  return `<h2>${escapeHtml(heading)}</h2>\n<div class="scroll"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n<tfoot><tr>${totals.join('')}</tr></tfoot>\n</table></div>`;
}

/** What the menukaart columns' letters stand for, under the schools' table. */
const menukaartLegend = (language: Language): string =>
  `<p class="legend">${escapeHtml(texts[language].menukaart)}</p>\n<ul class="legend">${MENUKAART_CATEGORIES.map((category) => `<li>${escapeHtml(menukaartText(category, language))}</li>`).join('')}</ul>`;

export function overviewHtml(catalogue: Catalogue, language: Language): string {
  const t = texts[language];
  const choices = choiceRows(catalogue);
  const title = `${t.title}: ${catalogue.site.title}`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; }
.scroll { overflow-x: auto; margin-bottom: 1rem; }
.legend { margin: 0 0 0.25rem; color: #444; }
ul.legend { margin-bottom: 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
.num { text-align: right; white-space: nowrap; }
thead th { background: #eef1f5; }
tfoot { font-weight: bold; }
@media print { body { margin: 0; font-size: 10px; } h2 { break-before: page; } h2:first-of-type { break-before: auto; } }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${tableHtml(schoolTable(catalogue), language, t.schools)}
${menukaartLegend(language)}
${tableHtml(domainMatrix(catalogue, choices), language, t.matrix)}
${tableHtml(providerTable(catalogue, choices), language, t.providers)}
${tableHtml({ ...choiceTable(catalogue), rows: choices }, language, t.choices)}
</body>
</html>
`;
}
