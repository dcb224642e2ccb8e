/**
 * A school's charges per NPO menukaart category, as school boards account for them. An
 * intervention under several categories counts its whole charge under the first one listed, so
 * the categories add up to what the school spends.
 */
import type { BudgetSummary } from './budget.ts';
import type { Cents } from '../money/money.ts';
import { MENUKAART_CATEGORIES, type MenukaartCategory } from '../schema/menukaart.ts';

export interface CategoryTotal {
  /** The category, or undefined for choices whose intervention names no menukaart category. */
  category: MenukaartCategory | undefined;
  charge: Cents;
  /** Titles of the choices counted here, in the order chosen. */
  titles: string[];
}

/** Totals in menukaart order (A to F), then the choices without a category; categories without choices are left out. */
export function chargesPerCategory(budget: Pick<BudgetSummary, 'lines'>): CategoryTotal[] {
  const keys: (MenukaartCategory | undefined)[] = [...MENUKAART_CATEGORIES, undefined];
  return keys
    .map((category): CategoryTotal => {
      const lines = budget.lines.filter((line) => line.intervention.menukaart?.[0] === category);
      return { category, charge: lines.reduce((sum, line) => sum + line.charge, 0), titles: lines.map((line) => line.intervention.title) };
    })
    .filter((total) => total.titles.length > 0);
}
