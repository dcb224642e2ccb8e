/**
 * The build's settings come from aanbodgids(), the environment and the defaults, merged and then
 * validated once: every problem named with the variable that sets it.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { OPTION_SOURCES, optionsSchema, resolveOptions } from '../../src/integration/options.ts';

const root = '/project';
const now = new Date('2026-03-15T10:00:00Z');

describe('resolveOptions', () => {
  test('without settings the build uses content/, reports/, Dutch Excel CSV, brochures and added search words, dated today', () => {
    const resolved = resolveOptions({}, root, {}, now);
    expect(resolved).toMatchObject({ contentDir: path.join(root, 'content'), reportsDir: path.join(root, 'reports'), csv: 'excel-nl', brochures: true, searchWords: true, strict: false });
    expect(resolved.time).toEqual({ day: '2026-03-15', fixed: undefined });
  });

  test('each environment variable sets its option', () => {
    const env = {
      CONTENT_DIR: 'elders',
      OUT_DIR: 'uit',
      AANBODGIDS_SKIP_BROCHURES: '1',
      AANBODGIDS_STRICT: '1',
      AANBODGIDS_CSV: 'rfc4180',
      AANBODGIDS_SEARCH_WORDS: 'off',
      AANBODGIDS_READ_LOG: '/tmp/reads.log',
      BASE_PATH: '/npo-aanbod/',
    };
    expect(resolveOptions({}, root, env, now)).toMatchObject({
      contentDir: path.join(root, 'elders'),
      outDir: path.join(root, 'uit'),
      brochures: false,
      strict: true,
      csv: 'rfc4180',
      searchWords: false,
      readLog: '/tmp/reads.log',
      basePath: '/npo-aanbod/',
    });
  });

  test('what aanbodgids() is given wins over the environment', () => {
    const resolved = resolveOptions({ csv: 'excel-nl', brochures: true }, root, { AANBODGIDS_CSV: 'rfc4180', AANBODGIDS_SKIP_BROCHURES: '1' }, now);
    expect(resolved).toMatchObject({ csv: 'excel-nl', brochures: true });
  });

  test('SOURCE_DATE_EPOCH fixes the build day and the moment the PDFs carry', () => {
    expect(resolveOptions({}, root, { SOURCE_DATE_EPOCH: '1765000000' }, now).time).toEqual({ day: '2025-12-06', fixed: '2025-12-06T05:46:40.000Z' });
  });

  test('every setting that does not validate is listed at once, with the variable that sets it', () => {
    const resolve = () => resolveOptions({}, root, { AANBODGIDS_CSV: 'excel', SOURCE_DATE_EPOCH: 'gisteren' }, now);
    expect(resolve).toThrow(/- csv \(AANBODGIDS_CSV\): "excel" is no CSV form: use excel-nl or rfc4180\n- sourceDateEpoch \(SOURCE_DATE_EPOCH\): is no whole number of seconds since 1970/);
  });

  test('every option has an environment variable, and no variable names an option that does not exist', () => {
    expect(Object.keys(OPTION_SOURCES).sort()).toEqual(Object.keys(optionsSchema.shape).sort());
  });
});
