/**
 * The brochure renderer: validated content in, PDF bytes out. Plain TypeScript over pdf-lib, with
 * no file system or Node-only API, so the build's worker threads and (later) the browser run the
 * same code. The caller hands it the prepared fonts, fontkit, and optionally a faster deflate.
 */
import { PDFDocument } from 'pdf-lib';
import { indexOf, mustGet } from '../core/catalogue.ts';
import { schoolOffer } from '../core/offer.ts';
import type { BrochureContent, DocumentMeta, RenderedBrochure } from './brochure-input.ts';
import { catalogueFlow } from './content/catalogue-flow.ts';
import { createFlowContext, type FlowContext } from './content/flow-context.ts';
import type { LogoSize } from './content/front-matter.ts';
import { schoolFlow } from './content/school-flow.ts';
import { styles } from './content/styles.ts';
import { createTextGuard } from './content/text-guard.ts';
import { drawPages, type Compress } from './draw/draw-pages.ts';
import { prepareFonts, type BrochureFonts, type FontFiles, type Fontkit } from './draw/font-kit.ts';
import { setMetadata } from './draw/metadata.ts';
import { addOutline } from './draw/outline.ts';
import type { FlowItem } from './flow.ts';
import { addFurniture } from './layout/furniture.ts';
import { createTextMeasure } from './layout/measure.ts';
import { a4Frame } from './layout/page-frame.ts';
import { layoutTools, paginate, type LayoutTools } from './layout/paginate.ts';

export interface RendererOptions {
  fonts: FontFiles;
  fontkit: Fontkit;
  compress?: Compress;
}

export interface BrochureRenderer {
  renderSchool(content: BrochureContent, schoolId: string, meta: DocumentMeta): Promise<RenderedBrochure>;
  renderCatalogue(content: BrochureContent, meta: DocumentMeta): Promise<RenderedBrochure>;
}

interface Subject {
  /** Title in the header and the metadata. */
  title: string;
  subject: string;
  flow: (context: FlowContext, logo: LogoSize | undefined) => FlowItem[];
}

const LOGO_MAX = { widthMm: 50, heightMm: 25 };

async function render(subject: Subject, content: BrochureContent, meta: DocumentMeta, options: RendererOptions, brochureFonts: BrochureFonts, tools: LayoutTools): Promise<RenderedBrochure> {
  const { site } = content.catalogue;
  const { metrics } = brochureFonts;
  // 1. Prepare the document: fonts, and the logo (its size shapes the cover).
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = brochureFonts.embed(doc);
  const logo = content.logo && (content.logo.format === 'png' ? await doc.embedPng(content.logo.bytes) : await doc.embedJpg(content.logo.bytes));
  const logoSize = logo && logo.scaleToFit(LOGO_MAX.widthMm, LOGO_MAX.heightMm);
  // 2. The content as flow, every text checked against the font.
  const guard = createTextGuard(metrics.has);
  const context = createFlowContext(content, guard, site.file);
  const flow = subject.flow(context, logoSize && { widthMm: logoSize.width, heightMm: logoSize.height });
  // 3. Lay it out on pages, then add header and footer now that the page count is known.
  const layout = paginate(flow, a4Frame, tools);
  const furniture = { title: guard.clean(subject.title, site.file), footer: guard.clean(site.municipality, site.file), pageLabel: context.b.page };
  addFurniture(layout, a4Frame, furniture, styles.furniture, tools.measure);
  // 4. Draw, add bookmarks and metadata, and save.
  const pageRefs = drawPages(doc, layout, a4Frame, { fonts, logo, compress: options.compress });
  fonts.finish();
  addOutline(doc, layout.outline, pageRefs, a4Frame.heightMm);
  setMetadata(doc, { title: furniture.title, author: site.municipality, subject: subject.subject, language: site.language }, meta);
  const bytes = await doc.save({ useObjectStreams: true, objectsPerTick: Number.POSITIVE_INFINITY });
  return { bytes, warnings: guard.warnings };
}

export async function createBrochureRenderer(options: RendererOptions): Promise<BrochureRenderer> {
  const fonts = prepareFonts(options.fonts, options.fontkit, options.compress);
  const tools = layoutTools(createTextMeasure(fonts.metrics.advance));
  return {
    renderSchool(content, schoolId, meta) {
      const school = mustGet(indexOf(content.catalogue).schools, schoolId, 'school');
      const offer = schoolOffer(school, content.catalogue);
      const subject: Subject = {
        title: `${content.catalogue.site.title} · ${school.name}`,
        subject: school.name,
        flow: (context, logo) => schoolFlow(offer, content.catalogue, context, logo),
      };
      return render(subject, content, meta, options, fonts, tools);
    },
    renderCatalogue(content, meta) {
      const { site } = content.catalogue;
      const subject: Subject = { title: site.title, subject: site.title, flow: (context, logo) => catalogueFlow(context, logo) };
      return render(subject, content, meta, options, fonts, tools);
    },
  };
}
