/**
 * The open data at the site's root: aanbod.json (checked against its own schema before it is
 * written, so the published file always matches aanbod.schema.json), aanbod.csv and the schema.
 */
import { writeFileSync } from 'node:fs';
import { interventionPath } from '../../core/catalogue/page-paths.ts';
import path from 'node:path';
import { plainText, type Block } from '../../brochure/blocks.ts';
import type { Catalogue } from '../../core/catalogue/catalogue-model.ts';
import { openData, openDataTable } from '../../core/open-data/open-data.ts';
import { openDataJsonSchema, openDataSchema } from '../../core/open-data/open-data-schema.ts';
import { tableToCsv, type CsvDialect } from '../../core/reports/csv.ts';
import { markdownBlocks } from '../brochures/markdown-blocks.ts';
import { siteAddress } from '../brochures/brochure-content.ts';
import type { RawIntervention } from '../read-content.ts';

const OPEN_DATA_FILES = { json: 'aanbod.json', csv: 'aanbod.csv', schema: 'aanbod.schema.json' } as const;

/** A body's text without Markdown: blocks separated by a blank line, list items on their own lines. */
function blocksText(blocks: Block[]): string {
  return blocks
    .map((block): string => {
      switch (block.kind) {
        case 'heading':
        case 'paragraph':
          return plainText(block.runs);
        case 'list':
          return block.items.map((item) => `- ${blocksText(item)}`).join('\n');
        case 'table':
          return block.rows.map((row) => row.join(' | ')).join('\n');
        case 'quote':
          return [block.title, blocksText(block.blocks)].filter(Boolean).join('\n\n');
      }
    })
    .join('\n\n');
}

export function writeOpenData(outDir: string, catalogue: Catalogue, raw: RawIntervention[], dialect: CsvDialect, basePath: string | undefined): void {
  const bodies = new Map(raw.map((entry) => [entry.id, entry]));
  const bodyText = ({ id }: { id: string }) => {
    const entry = bodies.get(id);
    return entry ? blocksText(markdownBlocks(entry.body, entry.format)).trim() : '';
  };
  const address = catalogue.site.url ? siteAddress(catalogue.site, basePath) : undefined;
  const data = openDataSchema.parse(openData(catalogue, bodyText, address ? ({ id }) => `${address}${interventionPath(id)}` : undefined));
  writeFileSync(path.join(outDir, OPEN_DATA_FILES.json), `${JSON.stringify(data, null, 2)}\n`);
  writeFileSync(path.join(outDir, OPEN_DATA_FILES.csv), tableToCsv(openDataTable(data), catalogue.site.language, dialect));
  writeFileSync(path.join(outDir, OPEN_DATA_FILES.schema), `${JSON.stringify(openDataJsonSchema(), null, 2)}\n`);
}
