/** The date written into a spreadsheet's metadata: the build's fixed moment (SOURCE_DATE_EPOCH) for reproducible files, else now. */
import { environmentTime } from '../src/integration/options.ts';

export function creationDate(env: NodeJS.ProcessEnv = process.env): Date {
  const { fixed } = environmentTime(env);
  return fixed ? new Date(fixed) : new Date();
}
