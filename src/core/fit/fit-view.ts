/**
 * An intervention's need and evidence facts in words, made once and rendered by its page and the
 * brochures: recommendation, evidence with its explanation and source, menukaart, ages or groups,
 * availability on the build date and when it was last checked.
 */
import type { Intervention } from '../catalogue/catalogue-model.ts';
import { formatDate, localeOf, type Language } from '../strings/labels.ts';
import { menukaartNames, type MenukaartCategory } from '../schema/menukaart.ts';
import { isAvailableOn } from './availability.ts';
import { fitStrings, type FitStrings } from './fit-strings.ts';

interface FitFact {
  label: string;
  text: string;
}

export interface InterventionFitView {
  /** The think tanks' reason, or '' when recommended without one; undefined when not recommended. */
  recommended?: string;
  evidence?: { label: string; explanation: string; source?: string };
  /** Ages, groups and menukaart as label and text. */
  facts: FitFact[];
  /** Markdown from the content, rendered (escaped) by whoever shows it. */
  howToApply?: string;
  /** "Niet beschikbaar: te kiezen vanaf 20 juli 2026." when the build date is outside the window. */
  unavailable?: string;
  /** "Gecontroleerd op 20 januari 2026." */
  checked?: string;
}

type Range = { from?: number; to?: number };

function rangeText(range: Range, word: string, s: FitStrings, language: Language): string {
  const n = (value: number) => value.toLocaleString(localeOf(language));
  if (range.from !== undefined && range.to !== undefined) return s.rangeOf(word, n(range.from), n(range.to));
  if (range.from !== undefined) return s.rangeFrom(word, n(range.from));
  return range.to !== undefined ? s.rangeTo(word, n(range.to)) : '';
}

function agesText(ages: Range, s: FitStrings, language: Language): string {
  const n = (value: number) => value.toLocaleString(localeOf(language));
  if (ages.from !== undefined && ages.to !== undefined) return s.agesRange(n(ages.from), n(ages.to));
  if (ages.from !== undefined) return s.agesFrom(n(ages.from));
  return ages.to !== undefined ? s.agesTo(n(ages.to)) : '';
}

/** The highest class (klas) number in vo; groups (groep) run to 8. */
const HIGHEST_CLASS = 6;

/**
 * Groep 1-8 in vve, po and so; klas 1-6 in vo. An offer for both counts in groups when its range
 * goes above klas 6 ("groep 5 tot en met 8"); otherwise its numbers may be either, and both words
 * are said.
 */
function groupWord(schoolTypes: readonly string[], range: Range, s: FitStrings): string {
  if (!schoolTypes.includes('vo')) return s.groupWord;
  if (schoolTypes.length === 1) return s.classWord;
  return Math.max(range.from ?? 0, range.to ?? 0) > HIGHEST_CLASS ? s.groupWord : s.groupOrClassWord;
}

export const menukaartText = (category: MenukaartCategory, language: Language): string => `${category}. ${menukaartNames[language][category]}`;

/** The window in words: "van 20 juli 2026 tot en met 28 augustus 2026", "vanaf 1 september 2026", "tot en met 30 juni 2026". */
function windowText(window: NonNullable<Intervention['available']>, language: Language): string {
  const s = fitStrings(language);
  const from = window.from && formatDate(window.from, language);
  const until = window.until && formatDate(window.until, language);
  if (from && until) return s.availableBetween(from, until);
  return from ? s.availableFrom(from) : until ? s.availableUntil(until) : '';
}

/** "Niet beschikbaar: te kiezen vanaf 1 september 2026." when the date is outside the intervention's window; else undefined. */
export function unavailableReason(intervention: Pick<Intervention, 'available'>, isoDate: string, language: Language): string | undefined {
  const { available } = intervention;
  return available && !isAvailableOn(available, isoDate) ? fitStrings(language).notAvailableBecause(windowText(available, language)) : undefined;
}

/** Without a build date (content rendered outside a build) nothing is marked not available. */
export function interventionFitView(intervention: Intervention, buildDate: string | undefined, language: Language): InterventionFitView {
  const s = fitStrings(language);
  const facts: FitFact[] = [];
  if (intervention.ages) facts.push({ label: s.ages, text: agesText(intervention.ages, s, language) });
  if (intervention.groups) facts.push({ label: s.groups, text: rangeText(intervention.groups, groupWord(intervention.schoolTypes, intervention.groups, s), s, language) });
  if (intervention.menukaart) facts.push({ label: s.menukaart, text: intervention.menukaart.map((category) => menukaartText(category, language)).join('; ') });
  const { evidence } = intervention;
  const unavailable = buildDate === undefined ? undefined : unavailableReason(intervention, buildDate, language);
  return {
    ...(intervention.recommended ? { recommended: intervention.recommendedReason ?? '' } : {}),
    ...(evidence ? { evidence: { label: s.evidenceLevels[evidence.level], explanation: s.evidenceExplanations[evidence.level], ...(evidence.source ? { source: evidence.source } : {}) } } : {}),
    facts,
    ...(intervention.howToApply ? { howToApply: intervention.howToApply } : {}),
    ...(unavailable ? { unavailable } : {}),
    ...(intervention.checked ? { checked: s.checkedOn(formatDate(intervention.checked, language)) } : {}),
  };
}
