/** Building as the tests do: scripts/lib/run-build.ts, and where the tests' builds and hostile content are. */
import path from 'node:path';
import { projectRoot } from '../../scripts/lib/run-build.ts';

export { projectRoot, runBuild, startBuild, TEST_BUILD_DATE, type BuildOptions, type BuildRun } from '../../scripts/lib/run-build.ts';

/** Content that tries to run code, inject script or publish internal fields: built once per run. */
export const hostileContent = path.join(projectRoot, 'tests/fixtures/hostile');

/** Where test builds go: inside the project (same file system as the staging folder), ignored by git. */
export const testBuildsDir = path.join(projectRoot, '.cache', 'test-builds');
