/**
 * The brochure renderer: validated content in, PDF bytes out. Plain TypeScript over pdf-lib, with
 * no file system or Node-only API, so the build's worker threads and the browser run the same
 * code. The caller hands it the prepared fonts, fontkit, and optionally a faster deflate.
 *
 * Rendering is two steps, so a brochure's key can be taken over what it draws before it is
 * drawn (document-key.ts): `plan` turns the content into flow, header, footer and metadata;
 * `draw` lays that out on pages and saves the PDF.
 */
import { PDFDocument } from 'pdf-lib';
import { brochureStrings } from '../core/strings/brochure-strings.ts';
import { indexOf, mustGet } from '../core/catalogue/catalogue-model.ts';
import type { Language } from '../core/strings/labels.ts';
import { schoolOffer } from '../core/catalogue/school-offer.ts';
import { orderLetterStrings } from '../core/reports/order-letter-strings.ts';
import type { OrderLetter } from '../core/reports/order-letter.ts';
import type { BrochureContent, DocumentMeta, RenderedBrochure } from './brochure-input.ts';
import { catalogueFlow } from './content/catalogue-flow.ts';
import { createFlowContext, type FlowContext } from './content/flow-context.ts';
import type { LogoSize } from './content/front-matter.ts';
import { orderLetterFlow } from './content/order-letter-flow.ts';
import { schoolFlow } from './content/school-flow.ts';
import { styles } from './content/styles.ts';
import { createTextGuard, type MissingCharacter } from './content/text-guard.ts';
import { drawPages } from './draw/draw-pages.ts';
import { prepareFonts, type BrochureFonts, type FontFiles, type Fontkit } from './draw/font-kit.ts';
import { setMetadata, type DocumentInfo } from './draw/metadata.ts';
import { createLogoPreparer, type PreparedLogo } from './draw/prepared-logo.ts';
import { writePdf, type Compress } from './pdf-bytes/write-pdf.ts';
import { addOutline } from './draw/outline.ts';
import { createStructure } from './draw/structure-tree.ts';
import type { FlowItem } from './flow.ts';
import { addFurniture } from './layout/furniture.ts';
import { createHyphenate } from './layout/hyphenate.ts';
import { createTextMeasure } from './layout/measure.ts';
import { a4Frame } from './layout/page-frame.ts';
import { layoutTools, paginate, type LayoutTools } from './layout/paginate.ts';

export interface RendererOptions {
  fonts: FontFiles;
  fontkit: Fontkit;
  compress?: Compress;
  /**
   * Draws the same pages without the structure tree, marked content and link annotations: not a
   * brochure to publish, only the baseline `npm run bench:brochures` measures tagging's cost against.
   */
  untagged?: boolean;
}

/** Everything a brochure draws, as plain data: what its key is taken over. */
export interface BrochurePlan {
  flow: FlowItem[];
  /** Header title and footer text of every page after the cover. */
  furniture: { title: string; footer: string; language: BrochureContent['catalogue']['site']['language'] };
  info: DocumentInfo;
  /** Characters the font lacks, with the file each occurs in. */
  warnings: MissingCharacter[];
}

export interface BrochureRenderer {
  planSchool(content: BrochureContent, schoolId: string): Promise<BrochurePlan>;
  planCatalogue(content: BrochureContent): Promise<BrochurePlan>;
  /** A provider's order letter (team-only: it holds the schools' contacts), with the content's site, date and logo. */
  planOrderLetter(content: BrochureContent, letter: OrderLetter): Promise<BrochurePlan>;
  /** Draws a plan made from this content (its logo is drawn from the content). */
  draw(plan: BrochurePlan, content: BrochureContent, meta: DocumentMeta): Promise<Uint8Array>;
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

/** The logo's size on the cover, which shapes the cover's flow: its pixels scaled to fit LOGO_MAX. */
function logoSizeOf(logo: PreparedLogo | undefined): LogoSize | undefined {
  if (!logo) return undefined;
  const scale = Math.min(LOGO_MAX.widthMm / logo.width, LOGO_MAX.heightMm / logo.height);
  return { widthMm: logo.width * scale, heightMm: logo.height * scale };
}

/** The content as flow, every text checked against the font; header, footer and metadata. */
async function plan(subject: Subject, content: BrochureContent, brochureFonts: BrochureFonts, logo: PreparedLogo | undefined): Promise<BrochurePlan> {
  const { site } = content.catalogue;
  const guard = createTextGuard(brochureFonts.metrics.has);
  const context = createFlowContext(content, guard, site.file);
  const flow = subject.flow(context, logoSizeOf(logo));
  const title = guard.clean(subject.title, site.file);
  const furniture = { title, footer: guard.clean(site.municipality, site.file), language: site.language };
  return { flow, furniture, info: { title, author: site.municipality, subject: subject.subject, language: site.language }, warnings: guard.warnings };
}

async function draw(planned: BrochurePlan, preparedLogo: PreparedLogo | undefined, meta: DocumentMeta, options: RendererOptions, brochureFonts: BrochureFonts, toolsFor: (language: Language) => LayoutTools): Promise<Uint8Array> {
  const tools = toolsFor(planned.furniture.language);
  // 1. Prepare the document: fonts and logo.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = brochureFonts.embed(doc);
  const logo = preparedLogo && (await preparedLogo.embed(doc));
  // 2. Lay the flow out on pages, then add header and footer now that the page count is known.
  const layout = paginate(planned.flow, a4Frame, tools);
  const { title, footer, language } = planned.furniture;
  addFurniture(layout, a4Frame, { title, footer, pageLabel: brochureStrings(language).page }, styles.furniture, tools.measure);
  // 3. Draw, add bookmarks and metadata, and save.
  const structure = options.untagged ? undefined : createStructure(planned.flow, { measure: tools.measure, pageHeightMm: a4Frame.heightMm });
  const pageRefs = drawPages(doc, layout, a4Frame, { fonts, logo, compress: options.compress, structure });
  fonts.finish();
  structure?.finish(doc, pageRefs);
  addOutline(doc, layout.outline, pageRefs, a4Frame.heightMm);
  setMetadata(doc, planned.info, meta);
  await doc.flush();
  return writePdf(doc.context, options.compress);
}

export async function createBrochureRenderer(options: RendererOptions): Promise<BrochureRenderer> {
  const fonts = prepareFonts(options.fonts, options.fontkit, options.compress);
  const measure = createTextMeasure(fonts.metrics.advance);
  // Hyphenation follows the site's language; each language keeps its own wrapped lines.
  const tools = new Map<Language, LayoutTools>();
  const toolsFor = (language: Language): LayoutTools => {
    let forLanguage = tools.get(language);
    if (!forLanguage) tools.set(language, (forLanguage = layoutTools(measure, createHyphenate(language))));
    return forLanguage;
  };
  const prepareLogo = createLogoPreparer(options.compress);
  const logoOf = (content: BrochureContent) => (content.logo ? prepareLogo(content.logo) : undefined);
  const renderer: BrochureRenderer = {
    async planSchool(content, schoolId) {
      const school = mustGet(indexOf(content.catalogue).schools, schoolId, 'school');
      const offer = schoolOffer(school, content.catalogue);
      const subject: Subject = {
        title: `${content.catalogue.site.title} · ${school.name}`,
        subject: school.name,
        flow: (context, logo) => schoolFlow(offer, content.catalogue, context, logo),
      };
      return plan(subject, content, fonts, await logoOf(content));
    },
    async planCatalogue(content) {
      const { site } = content.catalogue;
      return plan({ title: site.title, subject: site.title, flow: (context, logo) => catalogueFlow(context, logo) }, content, fonts, await logoOf(content));
    },
    async planOrderLetter(content, letter) {
      const { site } = content.catalogue;
      const subject = orderLetterStrings(site.language).subject(site.title);
      return plan({ title: `${subject} · ${letter.provider.name}`, subject, flow: (context, logo) => orderLetterFlow(letter, context, logo) }, content, fonts, await logoOf(content));
    },
    draw: async (planned, content, meta) => draw(planned, await logoOf(content), meta, options, fonts, toolsFor),
    async renderSchool(content, schoolId, meta) {
      const planned = await renderer.planSchool(content, schoolId);
      return { bytes: await renderer.draw(planned, content, meta), warnings: planned.warnings };
    },
    async renderCatalogue(content, meta) {
      const planned = await renderer.planCatalogue(content);
      return { bytes: await renderer.draw(planned, content, meta), warnings: planned.warnings };
    },
  };
  return renderer;
}
