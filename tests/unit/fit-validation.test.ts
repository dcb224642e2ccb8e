import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/core/validate/format-problem.ts';
import { validateCatalogue } from '../../src/core/validate/validate-catalogue.ts';
import { baseInterventions, baseSchools, baseSite, rawContent, type ContentOverrides } from '../support/catalogue-factory.ts';

const site = { ...baseSite, period: { start: '2025-08-01', end: '2026-07-31' }, needs: [{ id: 'begrijpend-lezen', label: 'Begrijpend lezen' }, { id: 'bewegen', label: 'Bewegen' }] };
const withLeesclub = (fields: Record<string, unknown>) => ({ ...baseInterventions, leesclub: { ...baseInterventions.leesclub, ...fields } });

function problemsOf(overrides: ContentOverrides) {
  const result = validateCatalogue(rawContent({ site, ...overrides }));
  if (result.ok) return [];
  return result.problems.map((problem) => ({ kind: problem.kind, file: problem.file, field: problem.field, value: problem.value, text: formatProblem(problem, 'nl') }));
}

describe('the need and evidence fields', () => {
  test('an intervention using every new field is valid and its fields come through', () => {
    const result = validateCatalogue(rawContent({
      site,
      interventions: withLeesclub({
        needs: ['begrijpend-lezen'], recommended: true, recommendedReason: 'Prioriteit van de denktank taal.',
        menukaart: ['b', 'F'], evidence: { level: 'Goede-aanwijzingen', source: 'https://www.nji.nl/interventies/leesclub' },
        howToApply: 'Mail de **bibliotheek** voor 1 oktober.', ages: { from: 8, to: 12 }, groups: { from: 5, to: 8 },
        checked: '2025-06-01', available: { from: '2025-09-01', until: '2026-06-30' },
      }),
    }));
    expect(result.ok).toBe(true);
    const leesclub = result.ok ? result.catalogue.interventions.find((i) => i.id === 'leesclub') : undefined;
    expect(leesclub?.menukaart).toEqual(['B', 'F']);
    expect(leesclub?.evidence?.level).toBe('goede-aanwijzingen');
    expect(leesclub?.groups).toEqual({ from: 5, to: 8 });
  });

  test('an unknown need on an intervention or a school is named with the nearest need', () => {
    const problems = problemsOf({
      interventions: withLeesclub({ needs: ['begrijpend-lezn'] }),
      schools: { ...baseSchools, 'de-linde': { ...baseSchools['de-linde'], needs: ['bewegen', 'zwemmen'] } },
    });
    expect(problems.map(({ kind, file, field, value }) => ({ kind, file, field, value }))).toEqual([
      { kind: 'unknown-need', file: 'content/interventions/leesclub.mdx', field: ['needs', 0], value: 'begrijpend-lezn' },
      { kind: 'unknown-need', file: 'content/schools/de-linde.yaml', field: ['needs', 1], value: 'zwemmen' },
    ]);
    expect(problems[0]?.text).toContain('bedoelt u begrijpend-lezen?');
  });

  test('an unknown menukaart category is refused with the letters to write', () => {
    const [problem] = problemsOf({ interventions: withLeesclub({ menukaart: ['C', 'G'] }) });
    expect(problem).toMatchObject({ kind: 'not-allowed', field: ['menukaart', 1], value: 'G' });
    expect(problem?.text).toContain('A, B, C, D, E of F');
  });

  test('menukaart F on its own is refused, F with another category is accepted', () => {
    expect(problemsOf({ interventions: withLeesclub({ menukaart: ['F'] }) })).toMatchObject([{ kind: 'menukaart-f-alone', field: ['menukaart'] }]);
    expect(problemsOf({ interventions: withLeesclub({ menukaart: ['F', 'E'] }) })).toEqual([]);
  });

  test('an evidence level outside the NJi levels is refused with the nearest level', () => {
    const [problem] = problemsOf({ interventions: withLeesclub({ evidence: { level: 'sterke-aanwijzing' } }) });
    expect(problem).toMatchObject({ kind: 'not-allowed', field: ['evidence', 'level'], value: 'sterke-aanwijzing' });
    expect(problem?.text).toContain('bedoelt u sterke-aanwijzingen');
  });

  test('an evidence source that is not a web address is refused', () => {
    expect(problemsOf({ interventions: withLeesclub({ evidence: { level: 'goed-onderbouwd', source: 'javascript:alert(1)' } }) })).toMatchObject([
      { kind: 'not-a-url', field: ['evidence', 'source'] },
    ]);
  });

  test('a checked or available date that is no date is refused', () => {
    const problems = problemsOf({ interventions: withLeesclub({ checked: '1 juni 2025', available: { from: '2025-13-01' } }) });
    expect(problems.map((p) => [p.kind, p.field])).toEqual([
      ['not-a-date', ['checked']],
      ['not-a-date', ['available', 'from']],
    ]);
  });

  test('a range whose from comes after its to is refused for ages, groups and available', () => {
    const problems = problemsOf({
      interventions: withLeesclub({ ages: { from: 12, to: 8 }, groups: { from: 6, to: 3 }, available: { from: '2026-01-01', until: '2025-12-31' } }),
    });
    expect(problems.map((p) => [p.kind, p.field])).toEqual([
      ['from-after-to', ['ages', 'from']],
      ['from-after-to', ['groups', 'from']],
      ['from-after-to', ['available', 'from']],
    ]);
    expect(problems[0]?.text).toContain('ligt na het einde');
  });

  test('two needs with the same id in site.yaml are refused', () => {
    const problems = problemsOf({ site: { ...site, needs: [{ id: 'bewegen', label: 'Bewegen' }, { id: 'bewegen', label: 'Sport' }] } });
    expect(problems).toMatchObject([{ kind: 'duplicate-need', field: ['needs', 1, 'id'] }]);
  });

  test('a school choosing an intervention not available in any part of the period is a content problem', () => {
    const problems = problemsOf({ interventions: withLeesclub({ available: { from: '2026-08-01' } }) });
    expect(problems).toMatchObject([{ kind: 'unavailable-chosen', file: 'content/schools/de-linde.yaml', field: ['choices', 0, 'intervention'], value: 'leesclub' }]);
    expect(problems[0]?.text).toContain('vanaf 2026-08-01');
  });

  test('an availability window that overlaps the period by one day keeps the choice valid', () => {
    expect(problemsOf({ interventions: withLeesclub({ available: { until: '2025-08-01' } }) })).toEqual([]);
  });
});

describe('the stale warning', () => {
  const checkedOn = (checked: string, staleAfterMonths?: number) =>
    validateCatalogue(rawContent({ site: { ...site, staleAfterMonths }, interventions: withLeesclub({ checked }) }), [], { buildDate: '2026-03-15' });
  const staleWarnings = (result: ReturnType<typeof checkedOn>) => (result.ok ? result.warnings.filter((w) => w.kind === 'not-checked-recently') : []);

  test('an intervention checked more than twelve months before the build date is listed', () => {
    const [warning] = staleWarnings(checkedOn('2025-03-14'));
    expect(warning).toMatchObject({ file: 'content/interventions/leesclub.mdx', params: { checked: '2025-03-14', months: 12 } });
    expect(formatProblem(warning!, 'nl')).toContain('interventie "Leesclub" is sinds 2025-03-14 niet gecontroleerd bij de aanbieder: langer dan 12 maanden vóór 2026-03-15');
  });

  test('an intervention checked exactly twelve months before the build date is not stale yet', () => {
    expect(staleWarnings(checkedOn('2025-03-15'))).toEqual([]);
  });

  test('staleAfterMonths in site.yaml shortens the window', () => {
    expect(staleWarnings(checkedOn('2025-10-01', 6))).toHaveLength(0);
    expect(staleWarnings(checkedOn('2025-09-14', 6))).toHaveLength(1);
  });

  test('without a build date nothing is judged stale', () => {
    const result = validateCatalogue(rawContent({ site, interventions: withLeesclub({ checked: '2000-01-01' }) }));
    expect(result.ok && result.warnings.some((w) => w.kind === 'not-checked-recently')).toBe(false);
  });
});
