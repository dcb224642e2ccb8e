/** The texts and addresses the "Kies dit aanbod" control gets from the page, as JSON. */
import type { ChooseTexts } from '../islands/choosing/choose-control.ts';
import { choiceStrings } from '../core/choosing/choice-strings.ts';
import { schoolTypeLabels, type Language } from '../core/strings/labels.ts';
import { link } from './paths.ts';

export function chooseTexts(language: Language): ChooseTexts {
  const c = choiceStrings(language);
  return {
    choose: c.choose,
    unchoose: c.unchoose,
    chosen: c.chosen,
    viewChoices: c.viewChoices,
    notFor: c.notFor,
    notForReason: c.notForReason,
    typeLabels: schoolTypeLabels[language],
    choicesHref: link('keuzes/'),
    schoolsHref: link('keuzes/scholen.json'),
  };
}

/** JSON that is safe inside a `<script type="application/json">`: no `</script>` can end it early. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
