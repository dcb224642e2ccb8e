/**
 * Realistic Dutch NPO text of real length for synthetic catalogues: sentences assembled from
 * phrases in the register of the seeds (schools, providers, pupils, parents), with a seeded
 * random source so every run generates the same catalogue.
 */

/** A small, fast, seeded random source (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const subjects = ['De leerlingen', 'Kinderen uit groep 5 tot en met 8', 'Jongeren in de onderbouw', 'Ouders en verzorgers', 'Leerkrachten', 'De intern begeleider', 'Nieuwkomers uit Oekraïne', 'Peuters en kleuters', 'Mentoren', 'Vrijwilligers van de bibliotheek'];
const verbs = ['werken wekelijks aan', 'oefenen samen met een coach aan', 'krijgen ondersteuning bij', 'ontdekken in kleine groepen', 'versterken stap voor stap', 'leren op een speelse manier', 'bespreken met de jeugdondersteuner', 'maken kennis met'];
const objects = ['hun woordenschat en leesplezier', 'sociaal-emotionele vaardigheden', 'weerbaarheid en zelfvertrouwen', 'samenwerken en plannen', 'muziek, dans en beeldende vorming', 'gezond bewegen en sport', 'mediawijsheid en online veiligheid', 'de overstap naar het voortgezet onderwijs', 'taal in alle vakken', 'huiswerk en studievaardigheden'];
const tails = ['onder schooltijd', 'na schooltijd in de wijk', 'in overleg met de school', 'met een vaste begeleider', 'in het eigen klaslokaal', 'samen met de ouders', 'in de bibliotheek', 'gedurende het hele schooljaar'];
const closers = ['Zo ontstaat een doorgaande lijn tussen school, thuis en de buurt.', 'De aanbieder stemt de inzet vooraf af met de intern begeleider.', 'Na afloop volgt een korte evaluatie met de school.', 'Het aanbod sluit aan bij de schoolscan en de behoeften van de groep.', 'Er is aandacht voor kinderen die extra steun nodig hebben.'];

function sentence(random: () => number): string {
  return `${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, objects)} ${pick(random, tails)}.`;
}

export function paragraph(random: () => number, sentences = 3 + Math.floor(random() * 3)): string {
  const parts = Array.from({ length: sentences }, () => sentence(random));
  return [...parts, pick(random, closers)].join(' ');
}

const headings = ['Wat is het?', 'Voor wie?', 'Hoe verloopt het?', 'Wat vraagt het van de school?', 'Resultaat', 'Praktische informatie'];

/** A body of about 250-350 words: headings, paragraphs, a list, and sometimes a table. */
export function body(random: () => number, withTable: boolean): string {
  const blocks: string[] = [];
  for (const heading of headings.slice(0, 3 + Math.floor(random() * 3))) {
    blocks.push(`## ${heading}`, paragraph(random));
  }
  blocks.push(Array.from({ length: 4 }, () => `- ${pick(random, objects)} ${pick(random, tails)}`).join('\n'));
  if (withTable) {
    const rows = Array.from({ length: 4 }, (_, week) => `| ${week + 1} | ${pick(random, objects)} |`);
    blocks.push(['| Week | Onderwerp |', '| --- | --- |', ...rows].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

const titleHeads = ['Leesclub', 'Taalatelier', 'Weerbaarheidstraining', 'Muziek in de klas', 'Sportinstuif', 'Ouderkamer', 'Huiswerkklas', 'Mentorprogramma', 'Talentenlab', 'Zomerschool', 'Voorleesproject', 'Theaterwerkplaats', 'Jeugdondersteuning', 'Spreekuur', 'Schaakclub', 'Natuurlab'];
const titleTails = ['voor de onderbouw', 'voor de bovenbouw', 'in de wijk', 'op school', 'voor nieuwkomers', 'met ouders', 'na school', 'plus'];

export const title = (random: () => number, n: number): string => `${pick(random, titleHeads)} ${pick(random, titleTails)} ${n}`;
