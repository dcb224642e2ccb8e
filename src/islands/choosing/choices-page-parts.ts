/** The elements of the page "Mijn keuzes" that its script works with, found once. */

/** Value of the school option "my school is not listed": not an id, so it never meets a school's. */
export const NEW_SCHOOL = '_nieuw';

function find<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Mijn keuzes: missing ${selector}`);
  return found;
}

export function choicesPageParts(root: HTMLElement) {
  return {
    root,
    school: find<HTMLSelectElement>(root, '#keuze-school'),
    schoolFacts: find<HTMLElement>(root, '[data-school-facts]'),
    schoolStatus: find<HTMLElement>(root, '[data-school-status]'),
    loadQuestion: find<HTMLElement>(root, '[data-load-question]'),
    loadQuestionText: find<HTMLElement>(root, '[data-load-question-text]'),
    loadButtons: [...root.querySelectorAll<HTMLButtonElement>('[data-load]')],
    newSchool: find<HTMLFieldSetElement>(root, '[data-new-school]'),
    newName: find<HTMLInputElement>(root, '#nieuw-naam'),
    newType: find<HTMLSelectElement>(root, '#nieuw-type'),
    newPupils: find<HTMLInputElement>(root, '#nieuw-leerlingen'),
    needs: {
      section: find<HTMLElement>(root, '[data-needs]'),
      intro: find<HTMLElement>(root, '[data-needs-intro]'),
      list: find<HTMLUListElement>(root, '[data-needs-items]'),
    },
    empty: find<HTMLElement>(root, '[data-empty]'),
    itemsWrapper: find<HTMLElement>(root, '[data-items-wrapper]'),
    items: find<HTMLTableSectionElement>(root, '[data-items]'),
    removed: find<HTMLElement>(root, '[data-removed]'),
    total: find<HTMLElement>(root, '[data-total]'),
    noBudget: find<HTMLElement>(root, '[data-no-budget]'),
    budgetFacts: find<HTMLElement>(root, '[data-budget-facts]'),
    budget: find<HTMLElement>(root, '[data-budget]'),
    spent: find<HTMLElement>(root, '[data-spent]'),
    leftRow: find<HTMLElement>(root, '[data-left-row]'),
    leftLabel: find<HTMLElement>(root, '[data-left-label]'),
    left: find<HTMLElement>(root, '[data-left]'),
    overAlert: find<HTMLElement>(root, '[data-over-alert]'),
    announce: find<HTMLElement>(root, '[data-announce]'),
    downloadPdf: find<HTMLButtonElement>(root, '[data-download-pdf]'),
    downloadFile: find<HTMLButtonElement>(root, '[data-download-file]'),
    mail: root.querySelector<HTMLAnchorElement>('[data-mail]'),
    actionStatus: find<HTMLElement>(root, '[data-action-status]'),
    startOver: find<HTMLButtonElement>(root, '[data-start-over]'),
  };
}

export type ChoicesPageParts = ReturnType<typeof choicesPageParts>;
