/** The date written into a spreadsheet's metadata: SOURCE_DATE_EPOCH for reproducible files, else now. */
export function creationDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}
