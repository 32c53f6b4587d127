import { challenges, roles } from '../../src/challenges/index.js';
import type { ClaimDatasets } from '../../src/claims/index.js';
import { partnerShares } from '../../src/rankings/index.js';
import { agreements, timelineEvents } from '../../src/timeline/index.js';
import { tradeFlows } from '../../src/trade/index.js';

/** The six shipped datasets `verifyClaims` reads. */
export const shipped: ClaimDatasets = { tradeFlows, partnerShares, agreements, timelineEvents, challenges, roles };

/** The shipped datasets with some replaced, as a user re-running the checks would pass them. */
export const withData = (data: Partial<ClaimDatasets>): ClaimDatasets => ({ ...shipped, ...data });
