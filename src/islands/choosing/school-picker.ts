/** The school field of "Mijn keuzes": a school from the list, or a new one the visitor fills in. */
import { setSchool, type ChoiceList, type ChoosingSchool } from '../../core/choosing/choice-list.ts';
import { readChoosingSchool } from '../../core/choosing/choice-storage.ts';
import { NEW_SCHOOL, type ChoicesPageParts } from './choices-page-parts.ts';

function newSchoolOf(parts: ChoicesPageParts): ChoosingSchool | undefined {
  const pupils = parts.newPupils.value.trim();
  return readChoosingSchool({ kind: 'new', name: parts.newName.value, type: parts.newType.value, pupils: pupils === '' ? undefined : Number(pupils) });
}

/** Shows the stored school in the fields; a half-filled new school is not stored yet, so its form stays open while the visitor types. */
export function showSchool(parts: ChoicesPageParts, school: ChoosingSchool | undefined): void {
  const typing = parts.school.value === NEW_SCHOOL && !school;
  parts.school.value = school?.kind === 'existing' ? school.id : school?.kind === 'new' || typing ? NEW_SCHOOL : '';
  parts.newSchool.hidden = parts.school.value !== NEW_SCHOOL;
  if (school?.kind === 'new' && document.activeElement?.closest('[data-new-school]') === null) {
    parts.newName.value = school.name;
    parts.newType.value = school.type;
    parts.newPupils.value = String(school.pupils);
  }
}

/** Stores the school as the visitor picks or types it; a school from the list goes to `pickExisting`, which may load its registered choices. */
export function wireSchoolPicker(
  parts: ChoicesPageParts,
  change: (update: (list: ChoiceList) => ChoiceList) => void,
  pickExisting: (schoolId: string) => void,
): void {
  parts.school.addEventListener('change', () => {
    const value = parts.school.value;
    if (value === NEW_SCHOOL) {
      parts.newSchool.hidden = false;
      change((list) => setSchool(list, newSchoolOf(parts)));
      parts.newName.focus();
    } else if (value) {
      pickExisting(value);
    } else {
      change((list) => setSchool(list, undefined));
    }
  });
  for (const field of [parts.newName, parts.newType, parts.newPupils]) {
    field.addEventListener('input', () => change((list) => setSchool(list, newSchoolOf(parts))));
  }
}

/** Empties the school fields when the visitor starts over. */
export function clearSchool(parts: ChoicesPageParts): void {
  parts.school.value = '';
  for (const field of [parts.newName, parts.newType, parts.newPupils]) field.value = '';
}
