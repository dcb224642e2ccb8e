/**
 * The build date that freshness and availability are judged against: SOURCE_DATE_EPOCH (the
 * reproducible-builds convention) if set, else today. Read here, at the edge, and passed in.
 */
export function buildDateOf(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
  return date.toISOString().slice(0, 10);
}
