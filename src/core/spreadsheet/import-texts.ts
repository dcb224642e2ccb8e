/** What `npm run import` tells people, in the site's language. */
import type { Language } from '../strings/labels.ts';

export interface ImportTexts {
  unknownColumns: (columns: string[]) => string;
  problems: (count: number) => string;
  skipped: (count: number) => string;
  change: (kind: 'new' | 'updated' | 'unchanged', file: string) => string;
  dryRun: string;
  written: (count: number, folder: string) => string;
}

export const importTexts: Record<Language, ImportTexts> = {
  nl: {
    unknownColumns: (columns) => `Deze kolommen kent aanbodgids niet; ze zijn overgeslagen: ${columns.join(', ')}. Gebruik --map kolommen.yaml om ze een naam uit het sjabloon te geven.`,
    problems: (count) => `${count === 1 ? 'Eén probleem' : `${count} problemen`}; er is niets geschreven. Verbeter het bestand, of lees de goede rijen in met --skip-invalid.`,
    skipped: (count) => `${count === 1 ? 'Eén probleem' : `${count} problemen`} in rijen die zijn overgeslagen (--skip-invalid):`,
    change: (kind, file) => `${{ new: 'nieuw', updated: 'bijgewerkt', unchanged: 'ongewijzigd' }[kind]}: ${file}`,
    dryRun: 'Proefrun (--dry-run): er is niets geschreven.',
    written: (count, folder) => `${count} ${count === 1 ? 'bestand' : 'bestanden'} geschreven in ${folder}.`,
  },
  en: {
    unknownColumns: (columns) => `aanbodgids does not know these columns; they were ignored: ${columns.join(', ')}. Use --map columns.yaml to give them a name from the template.`,
    problems: (count) => `${count === 1 ? 'One problem' : `${count} problems`}; nothing was written. Fix the file, or import the good rows with --skip-invalid.`,
    skipped: (count) => `${count === 1 ? 'One problem' : `${count} problems`} in rows that were skipped (--skip-invalid):`,
    change: (kind, file) => `${kind}: ${file}`,
    dryRun: 'Dry run (--dry-run): nothing was written.',
    written: (count, folder) => `${count} ${count === 1 ? 'file' : 'files'} written in ${folder}.`,
  },
};
