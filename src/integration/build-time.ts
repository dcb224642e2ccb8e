/**
 * The build's date, resolved once (options.ts) and passed on: freshness and availability are
 * judged on its day, the brochures say they show that day, and their metadata carries the fixed
 * moment when SOURCE_DATE_EPOCH gives one, so two runs make the same bytes.
 */
export interface BuildTime {
  /** YYYY-MM-DD: SOURCE_DATE_EPOCH's day, else today. */
  day: string;
  /** SOURCE_DATE_EPOCH as an ISO moment; undefined when the build is not given one. */
  fixed: string | undefined;
}

export function buildTimeOf(sourceDateEpoch: number | undefined, now: Date): BuildTime {
  const fixed = sourceDateEpoch === undefined ? undefined : new Date(sourceDateEpoch * 1000);
  return { day: (fixed ?? now).toISOString().slice(0, 10), fixed: fixed?.toISOString() };
}
