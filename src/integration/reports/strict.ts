/**
 * Strict mode (`npm run build -- --strict`, or site.yaml `strict: true`): a school over budget or
 * an offer chosen by more schools than it has room for stops the build, instead of being a warning.
 */
import type { Language } from '../../core/strings/labels.ts';
import type { ProblemKind } from '../../core/validate/problem.ts';
import type { CheckedFolder } from '../checked-folder.ts';

const STRICT_KINDS: ReadonlySet<ProblemKind> = new Set<ProblemKind>(['over-budget', 'over-capacity']);

const notes: Record<Language, string> = {
  nl: 'De strikte modus staat aan (--strict of site.yaml strict: true): over het budget en over de capaciteit zijn fouten. Pas de keuzes, het budget of de capaciteit aan, of bouw zonder strikte modus.',
  en: 'Strict mode is on (--strict or site.yaml strict: true): over budget and over capacity are errors. Change the choices, the budget or the capacity, or build without strict mode.',
};

export interface StrictResult {
  checked: CheckedFolder;
  /** A sentence saying why warnings stopped the build, when they did. */
  note: string | undefined;
}

/** The check as strict mode sees it: over-budget and over-capacity warnings become the build's problems. */
export function applyStrict(checked: CheckedFolder, strictOption: boolean): StrictResult {
  const { catalogue } = checked;
  if (!catalogue || !(strictOption || catalogue.site.strict)) return { checked, note: undefined };
  const failing = checked.warnings.filter((warning) => STRICT_KINDS.has(warning.kind));
  if (failing.length === 0) return { checked, note: undefined };
  return { checked: { ...checked, catalogue: undefined, interventions: [], problems: failing, warnings: [] }, note: notes[checked.language] };
}
