/**
 * The build's rule for an entry's file name: the name without its extension is the entry's id,
 * lowercase letters, digits and single hyphens (ID_PATTERN). The build checks the files it finds
 * with it and the import the files it plans, so an import never writes a file the build refuses.
 */
import { ID_PATTERN, idFromName } from '../schema/ids.ts';
import type { Problem } from './problem.ts';

/** The problem with `file` (whose id is `id`), or undefined when the build accepts its name. */
export function fileNameProblem(file: string, id: string): Problem | undefined {
  return ID_PATTERN.test(id) ? undefined : { file, kind: 'bad-file-name', params: { id, suggestion: idFromName(id) } };
}
