/** site.yaml's language: the language of the interface and the brochures. */
import { vocabulary } from './vocabulary.ts';

const LANGUAGES = ['nl', 'en'] as const;
/** `nl` or `en`; `Nederlands` and `Engels` (or `Dutch` and `English`) are read as the codes. */
export const languages = vocabulary(LANGUAGES, { nl: { also: ['nederlands', 'dutch'] }, en: { also: ['engels', 'english'] } });
