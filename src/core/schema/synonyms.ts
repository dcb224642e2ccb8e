/**
 * synonyms.yaml (optional): groups of words a search treats as one, kept by the project team.
 * A page holding one word of a group is also found by the others, in any language:
 *
 *   - [dyslexie, leesproblemen, leesachterstand]
 *   - [nt2, nieuwkomers, anderstaligen]
 */
import { z } from 'astro/zod';
import { requiredText } from './common.ts';
import { says } from './messages.ts';

/** One group: two or more words or short phrases that mean the same to someone searching. */
const synonymGroupSchema = z.array(requiredText).min(2, says('lonely-synonym'));

export const synonymsSchema = z.array(synonymGroupSchema);
export type SynonymGroups = z.output<typeof synonymsSchema>;
