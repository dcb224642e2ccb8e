/** The build date the integration judged freshness and availability against, for pages that show availability. */
import { checkedFolder } from '../integration/catalogue-store.ts';

export const buildDate = (): string => checkedFolder().buildDate;
