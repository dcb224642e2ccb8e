/**
 * How well an intervention is founded: the recognition levels of the NJi databank
 * (Erkenningscommissie Interventies), or `niet-beoordeeld` for the local offer the databank does not rate.
 * Plain constants, so the search page checks URL values without the schema library.
 */

/** From least to most evidence, `niet-beoordeeld` first: the order filters and pages list them in. */
export const EVIDENCE_LEVELS = [
  'niet-beoordeeld',
  'goed-onderbouwd',
  'eerste-aanwijzingen',
  'goede-aanwijzingen',
  'sterke-aanwijzingen',
] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const isEvidenceLevel = (value: unknown): value is EvidenceLevel => (EVIDENCE_LEVELS as readonly unknown[]).includes(value);
