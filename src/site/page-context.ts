/** What every page needs besides its own data: the catalogue, the interface words and the money format. */
import { formatMoney, type Cents } from '../core/money/money.ts';
import { siteStrings } from '../core/strings/ui-strings.ts';
import { loadCatalogue } from './catalogue.ts';

export async function pageContext() {
  const catalogue = await loadCatalogue();
  const language = catalogue.site.language;
  return {
    catalogue,
    language,
    t: siteStrings(catalogue.site),
    money: (cents: Cents) => formatMoney(cents, language),
  };
}
