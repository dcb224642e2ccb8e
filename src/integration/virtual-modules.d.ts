/** The modules the integration hands to Astro (hand-off.ts). */
declare module 'virtual:aanbodgids/checked' {
  const check: import('./hand-off.ts').HandedCheck;
  export default check;
}

declare module 'virtual:aanbodgids/build' {
  /** YYYY-MM-DD that freshness and availability are judged on: SOURCE_DATE_EPOCH's day, else the day the build started. */
  export const buildDate: string;
}
