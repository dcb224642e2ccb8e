/** A school's charges per NPO menukaart category in words, for its page, its brochure and the reports. */
import type { BudgetSummary } from './budget.ts';
import type { Language } from '../strings/labels.ts';
import { formatMoney } from '../money/money.ts';
import { fitStrings } from '../fit/fit-strings.ts';
import { menukaartText } from '../fit/fit-view.ts';
import { chargesPerCategory } from './menukaart-totals.ts';

interface CategoryRow {
  /** "C. Sociaal-emotionele en fysieke ontwikkeling van leerlingen", or "Zonder categorie". */
  category: string;
  /** Titles of the choices counted here. */
  titles: string;
  charge: string;
  chargeCents: number;
}

export interface CategoryView {
  heading: string;
  intro: string;
  headings: [category: string, amount: string];
  rows: CategoryRow[];
}

/** Undefined when the school chose nothing. */
export function categoryView(budget: Pick<BudgetSummary, 'lines'>, language: Language): CategoryView | undefined {
  const totals = chargesPerCategory(budget);
  if (totals.length === 0) return undefined;
  const s = fitStrings(language);
  return {
    heading: s.perCategory,
    intro: s.perCategoryIntro,
    headings: [s.category, s.amount],
    rows: totals.map((total) => ({
      category: total.category ? menukaartText(total.category, language) : s.noCategory,
      titles: total.titles.join(', '),
      charge: formatMoney(total.charge, language),
      chargeCents: total.charge,
    })),
  };
}
