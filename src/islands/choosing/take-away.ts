/**
 * "Download keuzes" and "Download brochure (PDF)": each loads its code only when pressed (the
 * YAML writer, and the PDF renderer with its fonts), so the page itself stays light.
 */
import { takenAwaySchool, type ChoosingSummary } from '../../core/choosing/choosing.ts';
import type { School } from '../../core/catalogue/catalogue-model.ts';

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function schoolOf(summary: ChoosingSummary): School {
  const school = takenAwaySchool(summary);
  if (!school) throw new Error('No school chosen');
  return school;
}

/** Saves schools/<id>.yaml in the content contract's format; returns its file name. */
export async function downloadSchoolFile(summary: ChoosingSummary): Promise<string> {
  const { schoolFile } = await import('../../core/choosing/school-file.ts');
  const file = schoolFile(schoolOf(summary));
  save(new Blob([file.text], { type: 'application/yaml' }), file.fileName);
  return file.fileName;
}

/** Draws the school's brochure with the build's renderer and saves it as <id>.pdf. */
export async function downloadBrochure(summary: ChoosingSummary, brochureHref: string): Promise<void> {
  const { schoolBrochure } = await import('./school-brochure.ts');
  const school = schoolOf(summary);
  const bytes = await schoolBrochure(school, brochureHref);
  save(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), `${school.id}.pdf`);
}
