/** Building as the tests do: scripts/lib/run-build.ts, and where this run's test builds go. */
import { inject } from 'vitest';

export { projectRoot, runBuild, startBuild, TEST_BUILD_DATE, type BuildRun } from '../../scripts/lib/run-build.ts';

/** This run's folder for test builds (global-setup.ts): inside the project, on the staging folder's file system, ignored by git. */
export const testBuildsDir = inject('testBuildsDir');
