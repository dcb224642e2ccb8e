/** What the renderer is given: the validated catalogue plus what the build prepared for it. */
import type { Catalogue } from '../core/catalogue/catalogue-model.ts';
import type { Block } from './blocks.ts';
import type { MissingCharacter } from './content/text-guard.ts';

export interface BrochureContent {
  catalogue: Catalogue;
  /** Each intervention's body as blocks, by intervention id. */
  bodies: Record<string, Block[]>;
  /** site.yaml `intro` as blocks. */
  intro: Block[];
  /** site.yaml `steps` as blocks, one list of blocks a step; empty when the site names none. */
  steps: Block[][];
  /** site.yaml `colophon` as blocks. */
  colophon: Block[];
  /** The date the brochures are "as of" (`YYYY-MM-DD`): the build's date, so printed copies show their age. */
  asOf: string;
  /** Where the site's pages live: the full address when site.yaml names `url`, else the base path (`/npo-aanbod/`). */
  siteAddress: string;
  /** The municipality's logo from site.yaml `logo`, read by the build (an SVG logo rasterised to PNG). */
  logo?: { bytes: Uint8Array; format: 'png' | 'jpg' };
  /** Each intervention's `howToApply` as blocks, by intervention id (only those that have one). */
  howToApply?: Record<string, Block[]>;
  /** YYYY-MM-DD the build judged availability on; without it nothing is marked not available. */
  buildDate?: string;
}

/** Passed in so that the same input always gives the same bytes. */
export interface DocumentMeta {
  /** Creation and modification date, ISO 8601. */
  date: string;
  /** 32 hex digits, the PDF's file identifier (the build uses the content hash). */
  documentId: string;
}

export interface RenderedBrochure {
  bytes: Uint8Array;
  /** Characters the font lacks, with the file each occurs in. */
  warnings: MissingCharacter[];
}
