/**
 * The "Past bij uw behoeften" section in words, made once for the school page, the brochure and
 * /keuzes/: the school's needs, then each fitting offer with the needs it answers, the think
 * tanks' reason when recommended, and whether it can be had on the build date.
 */
import type { Catalogue, School } from '../catalogue/catalogue-model.ts';
import type { Language } from '../strings/labels.ts';
import { listInWords } from '../strings/list-words.ts';
import { fitStrings } from './fit-strings.ts';
import { unavailableReason } from './fit-view.ts';
import { needsFirst } from './needs-first.ts';

export interface NeedsItem {
  interventionId: string;
  title: string;
  summary: string;
  /** "Sluit aan bij: Begrijpend lezen". */
  answers: string;
  /** "Aanbevolen: <reason>" or "Aanbevolen"; undefined when not recommended. */
  recommended?: string;
  /** "Niet beschikbaar: ..." on the build date. */
  unavailable?: string;
}

export interface NeedsView {
  heading: string;
  /** The school's needs in words: "begrijpend lezen en bewegen". */
  needsInWords: string;
  intro: string;
  items: NeedsItem[];
  /** Shown instead of the items when none fits. */
  empty?: string;
}

/** Undefined when the school names no needs (no section then). Without a build date nothing is marked not available. */
export function needsView(school: School, catalogue: Catalogue, buildDate: string | undefined, language: Language): NeedsView | undefined {
  const { needs, matches } = needsFirst(school, catalogue);
  if (needs.length === 0) return undefined;
  const s = fitStrings(language);
  const labels = (list: { label: string }[]) => listInWords(list.map((need) => need.label.toLocaleLowerCase(language)), language);
  const items = matches.map(({ intervention, needs: answered }): NeedsItem => {
    const unavailable = buildDate === undefined ? undefined : unavailableReason(intervention, buildDate, language);
    const reason = intervention.recommendedReason;
    return {
      interventionId: intervention.id,
      title: intervention.title,
      summary: intervention.summary,
      answers: `${s.answers}: ${answered.map((need) => need.label).join(', ')}`,
      ...(intervention.recommended ? { recommended: reason ? `${s.recommended}: ${reason}` : s.recommended } : {}),
      ...(unavailable ? { unavailable } : {}),
    };
  });
  const needsInWords = labels(needs);
  return { heading: s.fitsYourNeeds, needsInWords, intro: s.fitsYourNeedsIntro(needsInWords), items, ...(items.length === 0 ? { empty: s.nothingForNeeds } : {}) };
}
