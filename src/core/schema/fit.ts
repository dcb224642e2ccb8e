/**
 * The intervention fields that help a school choose by need and by evidence, and keep the
 * catalogue current: needs, the think tanks' recommendation, menukaart, evidence, how to apply,
 * ages or groups, when last checked and when available.
 */
import { z } from 'astro/zod';
import { entryId, isoDate, noteText, webUrl } from './common.ts';
import { EVIDENCE_LEVELS } from './evidence.ts';
import { MENUKAART_CATEGORIES, SUPPORTING_CATEGORY } from './menukaart.ts';
import { says } from './messages.ts';
import { vocabulary } from './vocabulary.ts';

/** Menukaart letters, also written in lower case (`c` is read as `C`). */
export const menukaartLetters = vocabulary(MENUKAART_CATEGORIES);
/** NJi recognition levels, `niet-beoordeeld` for offer the databank has not rated. */
export const evidenceLevels = vocabulary(EVIDENCE_LEVELS);

const whole = (minimum: number) => z.number().int(says('not-whole')).min(minimum, says(minimum === 0 ? 'below-zero' : 'below-one'));

/** `{ from, to }` with from <= to; either end may be left out. */
const range = (minimum: number) =>
  z
    .object({ from: whole(minimum).optional(), to: whole(minimum).optional() })
    .refine((r) => r.from === undefined || r.to === undefined || r.from <= r.to, { ...says('from-after-to'), path: ['from'] });

export const fitFields = {
  /** Ids of site.yaml's needs this intervention answers. */
  needs: z.array(entryId).optional(),
  /** Prioritised by the think tanks (denktanks); shown as "Aanbevolen". */
  recommended: z.boolean().optional(),
  /** Why it is recommended, one sentence. */
  recommendedReason: noteText.optional(),
  /** The NPO menukaart's doelgebieden it falls under, A to F; the first one listed counts its charges. F only with A to E. */
  menukaart: z
    .array(menukaartLetters.schema)
    .min(1)
    .refine((letters) => letters.some((letter) => letter !== SUPPORTING_CATEGORY), says('menukaart-f-alone'))
    .optional(),
  /** The evidence behind it: an NJi recognition level (or niet-beoordeeld) and where to read it. */
  evidence: z.strictObject({ level: evidenceLevels.schema, source: webUrl.optional() }).optional(),
  /** Markdown: who applies, before when, and what to send. */
  howToApply: z.string().optional(),
  /** Ages in years it is meant for. */
  ages: range(0).optional(),
  /** Groups (groep 1-8 for vve, po, so; klas 1-6 for vo) it is meant for. */
  groups: range(1).optional(),
  /** The date the team last checked it with the provider, YYYY-MM-DD. */
  checked: isoDate.optional(),
  /** When it can be had: `from` and/or `until`, YYYY-MM-DD. */
  available: z
    .object({ from: isoDate.optional(), until: isoDate.optional() })
    .refine((window) => !window.from || !window.until || window.from <= window.until, { ...says('from-after-to'), path: ['from'] })
    .optional(),
};
