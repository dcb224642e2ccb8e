/**
 * Picking a school on "Mijn keuzes" starts from its registered choices (the school's file in the
 * content folder): loaded when the browser holds no others, else the visitor is asked whether to
 * load them, add them, or keep their own. What happened is said in the school's message line.
 */
import type { ChoiceList } from '../../core/choosing/choice-list.ts';
import { pickSchool, registeredItems, withRegistered, type LoadMode } from '../../core/choosing/registered.ts';
import { indexOf, type Catalogue } from '../../core/catalogue/catalogue-model.ts';
import type { ChoiceStrings } from '../../core/choosing/choice-strings.ts';
import type { ChoicesPageParts } from './choices-page-parts.ts';

interface LoadingContext {
  parts: ChoicesPageParts;
  c: ChoiceStrings;
  catalogue: Catalogue;
  read: () => ChoiceList;
  write: (list: ChoiceList) => void;
}

const LOADED_MESSAGE: Record<LoadMode, keyof ChoiceStrings> = { registered: 'loadedRegistered', add: 'loadedAdded', keep: 'keptMine' };

/** Returns the handler for a school picked from the list. */
export function schoolLoading({ parts, c, catalogue, read, write }: LoadingContext): (schoolId: string) => void {
  const { schools } = indexOf(catalogue);
  let pending: string | undefined;

  const say = (text: string) => (parts.schoolStatus.textContent = text);
  const closeQuestion = () => {
    pending = undefined;
    parts.loadQuestion.hidden = true;
  };

  for (const button of parts.loadButtons) {
    button.addEventListener('click', () => {
      const school = pending === undefined ? undefined : schools.get(pending);
      const mode = button.dataset.load as LoadMode;
      closeQuestion();
      if (!school) return;
      write(withRegistered(read(), registeredItems(school), mode));
      say(c[LOADED_MESSAGE[mode]] as string);
      parts.school.focus();
    });
  }

  return (schoolId) => {
    closeQuestion();
    const school = schools.get(schoolId);
    if (!school) return;
    const pick = pickSchool(read(), school);
    write(pick.list);
    if (pick.kind === 'load') say(c.loaded(pick.count, school.name));
    else say('');
    if (pick.kind !== 'ask') return;
    pending = schoolId;
    parts.loadQuestionText.textContent = c.loadQuestion(pick.count, school.name);
    parts.loadQuestion.hidden = false;
    parts.loadButtons[0]?.focus();
  };
}
