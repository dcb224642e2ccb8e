/**
 * Writes a synthetic but realistic catalogue into a folder, following the content contract:
 * every field kind, both offer kinds, every school type and cost unit, schools with 3-8 valid
 * choices. Deterministic for a given size and seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { COST_UNITS } from '../../src/core/schema/intervention.ts';
import { SCHOOL_TYPES } from '../../src/core/schema/common.ts';
import { body, paragraph, pick, seededRandom, title } from './dutch-text.ts';

export interface GenerateOptions {
  interventions: number;
  schools: number;
  seed?: number;
  /** Share of fixed offer, 0 to 1; left out: about 1% (one in 101). */
  fixedShare?: number;
  /** Choices every school makes; left out: 3 to 8. */
  choicesPerSchool?: number;
}

const domains = [
  { id: 'zorg', label: 'Zorg op of via school', color: '#1b6e53', description: 'Ondersteuning bij welzijn, opvoeden en gezondheid.' },
  { id: 'talent', label: 'Talentontwikkeling', color: '#7a3b8c', description: 'Cultuur, sport en talenten buiten de kernvakken.' },
  { id: 'taal', label: 'Taalondersteuning', color: '#1f4f8f', description: 'Lezen, woordenschat en Nederlands als tweede taal.' },
];

/** Prices as they occur in real NPO offers: [lowest, step] in euros per unit. */
const priceRange = { school: [750, 250], pupil: [5, 2.5], group: [150, 50], session: [75, 25] } as const;

interface GeneratedIntervention {
  id: string;
  offer: 'fixed' | 'optional';
  schoolTypes: string[];
  perPupil: boolean;
}

function writeYaml(file: string, data: unknown): void {
  writeFileSync(file, stringify(data, { lineWidth: 0 }));
}

type Random = () => number;

function writeSite(dir: string, random: Random): void {
  writeYaml(path.join(dir, 'site.yaml'), {
    title: 'NPO-aanbod (benchmark)',
    municipality: 'Gemeente Benchdam',
    period: { start: '2025-08-01', end: '2026-07-31' },
    intro: `${paragraph(random)}\n\n${paragraph(random)}`,
    contact: { name: 'Projectteam NPO', email: 'npo@benchdam.example.nl', phone: '010 123 45 67' },
    domains,
    budget: { base: 2500, perPupil: 25 },
  });
}

/** One provider for every 25 interventions, at least 8; their ids. */
function writeProviders(dir: string, random: Random, interventions: number): string[] {
  const providerCount = Math.max(8, Math.ceil(interventions / 25));
  const providers = Array.from({ length: providerCount }, (_, n) => `aanbieder-${n + 1}`);
  providers.forEach((id, n) =>
    writeYaml(path.join(dir, 'providers', `${id}.yaml`), {
      name: `Aanbieder ${n + 1} Benchdam`,
      website: `https://www.aanbieder-${n + 1}.example.nl`,
      email: `info@aanbieder-${n + 1}.example.nl`,
      phone: '010 765 43 21',
      contactPerson: 'Sanne de Vries',
      description: paragraph(random, 2),
    }),
  );
  return providers;
}

/** The `n`th intervention (from 1), fixed or optional as `fixed` says. */
function writeIntervention(dir: string, random: Random, n: number, fixed: boolean, providers: string[]): GeneratedIntervention {
  const id = `interventie-${n}`;
  const offer = fixed ? 'fixed' : 'optional';
  const schoolTypes = SCHOOL_TYPES.filter((_, index) => index === n % 4 || random() < 0.45);
  const frontmatter: Record<string, unknown> = {
    title: title(random, n),
    summary: paragraph(random, 1),
    domain: domains[n % domains.length]!.id,
    offer,
    provider: pick(random, providers),
    schoolTypes,
    duration: `${4 + Math.floor(random() * 16)} weken, een uur per week`,
    tags: [pick(random, ['lezen', 'sport', 'ouders', 'welzijn', 'muziek']), pick(random, ['nieuwkomers', 'bovenbouw', 'onderbouw'])],
  };
  if (offer === 'optional' && n % 11 !== 0) {
    const per = pick(random, COST_UNITS);
    frontmatter.cost = { amount: priceRange[per][0] + Math.floor(random() * 10) * priceRange[per][1], per };
  }
  if (offer === 'optional' && n % 7 === 0) frontmatter.capacity = 5 + Math.floor(random() * 20);
  const text = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body(random, n % 3 === 0)}`;
  writeFileSync(path.join(dir, 'interventions', `${id}.mdx`), text);
  return { id, offer, schoolTypes, perPupil: (frontmatter.cost as { per?: string } | undefined)?.per === 'pupil' };
}

/** The `n`th school (from 1), its type going round, with choices from its type's menu. */
function writeSchool(dir: string, random: Random, n: number, interventions: GeneratedIntervention[], choicesPerSchool: number | undefined): void {
  const type = SCHOOL_TYPES[n % SCHOOL_TYPES.length]!;
  const menu = interventions.filter((intervention) => intervention.offer === 'optional' && intervention.schoolTypes.includes(type));
  const usual = 3 + Math.floor(random() * 6);
  const wanted = Math.min(menu.length, choicesPerSchool ?? usual);
  const chosen = new Set<GeneratedIntervention>();
  while (chosen.size < wanted) chosen.add(pick(random, menu));
  writeYaml(path.join(dir, 'schools', `school-${n}.yaml`), {
    name: `${type === 'vo' ? 'College' : 'Basisschool'} ${n}`,
    type,
    pupils: 40 + Math.floor(random() * 800),
    brin: `${String(n % 100).padStart(2, '0')}AB`,
    board: `Stichting Onderwijs ${1 + (n % 12)}`,
    // Per-pupil offers are mostly taken for one or two groups, the rest for a few units.
    choices: [...chosen].map(({ id, perPupil }, index) => {
      if (perPupil) return index % 3 ? { intervention: id, quantity: 25 + Math.floor(random() * 30), note: 'groep 7 en 8' } : { intervention: id };
      return index % 2 ? { intervention: id, quantity: 1 + Math.floor(random() * 3), note: 'in het voorjaar' } : { intervention: id };
    }),
  });
}

export function generateContent(dir: string, options: GenerateOptions): void {
  const random = seededRandom(options.seed ?? 2026);
  // Fixed or not is drawn apart, so that a fixed share leaves every other generated value as it was.
  const fixedDraw = seededRandom((options.seed ?? 2026) + 1);
  const { fixedShare } = options;
  for (const folder of ['providers', 'interventions', 'schools']) mkdirSync(path.join(dir, folder), { recursive: true });
  writeSite(dir, random);
  const providers = writeProviders(dir, random, options.interventions);
  const interventions: GeneratedIntervention[] = [];
  for (let n = 1; n <= options.interventions; n++) {
    // Municipalities fund a handful of items for every school and offer the rest as a menu, however
    // large: one in a hundred is fixed (the 4th, 105th, 206th, ...: 10 of 1,000, about six per school
    // type; 101 rather than 100 so that they go round the school types).
    const fixed = fixedShare === undefined ? n % 101 === 4 : fixedDraw() < fixedShare;
    interventions.push(writeIntervention(dir, random, n, fixed, providers));
  }
  for (let n = 1; n <= options.schools; n++) writeSchool(dir, random, n, interventions, options.choicesPerSchool);
}
