/** A domain's colour as on the site (site.yaml `domains[].color`), else the brochure's own. */
import type { Domain } from '../../core/schema/domain.ts';
import { pdfRgbOf, type Rgb } from '../units.ts';
import { BRAND } from './styles.ts';

export const domainAccent = (domain: Domain): Rgb => (domain.color ? pdfRgbOf(domain.color) : BRAND);
