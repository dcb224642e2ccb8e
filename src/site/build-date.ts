/** The build date the integration judged freshness and availability against, for pages that show availability. */
import { buildDate as handed } from 'virtual:aanbodgids/build';

export const buildDate = (): string => handed;
