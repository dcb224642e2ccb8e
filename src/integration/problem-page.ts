/**
 * The page `npm run dev` shows instead of the site while the content has problems: every problem
 * with its file, field, value and fix, in the site's language (Dutch by default), all content
 * text escaped. It reloads itself, so the site comes back as soon as the files are fixed.
 */
import { escapeHtml } from '../core/strings/escape-html.ts';
import type { Language } from '../core/strings/labels.ts';
import { problemParts } from '../core/validate/format-problem.ts';
import type { Problem } from '../core/validate/problem.ts';

const pageTexts = {
  nl: {
    title: (count: number) => `De inhoud heeft ${count} ${count === 1 ? 'probleem' : 'problemen'}`,
    intro: 'De site wordt pas weer getoond als deze problemen in de inhoudsmap zijn opgelost. Deze pagina ververst zichzelf; de terminal toont dezelfde lijst.',
    labels: { where: 'Bestand', field: 'Veld', value: 'Waarde', message: 'Probleem', hint: 'Oplossing' },
  },
  en: {
    title: (count: number) => `The content has ${count} ${count === 1 ? 'problem' : 'problems'}`,
    intro: 'The site shows again once these problems in the content folder are fixed. This page reloads itself; the terminal shows the same list.',
    labels: { where: 'File', field: 'Field', value: 'Value', message: 'Problem', hint: 'Fix' },
  },
};

/** One problem as a list of labelled facts: readable on a phone as on a wide screen. */
function problemItem(problem: Problem, language: Language): string {
  const parts = problemParts(problem, language);
  const { labels } = pageTexts[language];
  const rows = (['where', 'field', 'value', 'message', 'hint'] as const).flatMap((key) => {
    const fact = parts[key];
    return fact ? [`<dt>${labels[key]}</dt><dd>${escapeHtml(fact)}</dd>`] : [];
  });
  return `<li class="problem"><dl>${rows.join('')}</dl></li>`;
}

export function problemPage(problems: Problem[], language: Language): string {
  const texts = pageTexts[language];
  const title = texts.title(problems.length);
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>${title}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; line-height: 1.5; }
ol { padding: 0; list-style: none; }
.problem { border-left: .3rem solid #b00020; background: #fdf2f4; margin: 0 0 1rem; padding: .5rem 1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
dt { font-weight: bold; }
dd { margin: 0; overflow-wrap: anywhere; }
</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${texts.intro}</p>
<ol>
${problems.map((problem) => problemItem(problem, language)).join('\n')}
</ol>
</main>
</body>
</html>
`;
}

/** What dev mode answers for a brochure or the search index, which only a build makes. */
export function afterBuildPage(what: 'brochures' | 'search'): string {
  const subject = what === 'brochures' ? 'De PDF-brochures worden' : 'De zoekindex wordt';
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Alleen na npm run build</title></head>
<body><main><h1>Alleen na <code>npm run build</code></h1>
<p>${subject} alleen gemaakt door <code>npm run build</code>, niet door <code>npm run dev</code>. Bouw de site en bekijk hem met <code>npm run preview</code> om ze te zien.</p>
</main></body>
</html>
`;
}
