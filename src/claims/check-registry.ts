import {
  checkKoreaShareOfMexico,
  checkKoreaSixthPartner,
  checkMexicoOutsideKoreaTop,
  checkPartnersAheadOfKorea,
} from './checks/rankings.js';
import {
  checkG20,
  checkInputsForReexport,
  checkMexicanAttitude,
  checkOecd,
  checkSixteenToSix,
  checkThreeRoles,
} from './checks/taxonomy.js';
import {
  checkAgreements1990s,
  checkArchitectureMid1990s,
  checkIdbMember2005,
  checkLeeVisit,
  checkOasObserver,
  checkRecognition,
} from './checks/timeline.js';
import {
  checkMexicoDeficitGrows,
  checkOutgrewUsEurope,
  checkTradeGrewSteadily,
  checkTradeMarginal,
} from './checks/trade.js';
import type { ClaimCheck, ClaimDatasets, ClaimId } from './types.js';

/**
 * The check for every claim. Typed as a complete record, so a claim added to
 * the data without a check is a compile error.
 */
export const CHECKS: Readonly<Record<ClaimId, (data: ClaimDatasets) => ClaimCheck>> = {
  'korea-sixth-partner-of-mexico': checkKoreaSixthPartner,
  'korea-share-of-mexico-trade': checkKoreaShareOfMexico,
  'partners-ahead-of-korea-in-mexico': checkPartnersAheadOfKorea,
  'mexico-outside-korea-top-partners': checkMexicoOutsideKoreaTop,
  'korea-lac-trade-grew-steadily': checkTradeGrewSteadily,
  'korea-trade-outgrew-us-europe': checkOutgrewUsEurope,
  'korea-lac-trade-marginal': checkTradeMarginal,
  'mexico-deficit-with-korea-grows': checkMexicoDeficitGrows,
  'mexico-unconcerned-by-deficit': checkMexicanAttitude,
  'mexico-imports-inputs-for-reexport': checkInputsForReexport,
  'korea-idb-member-2005': checkIdbMember2005,
  'korea-oas-permanent-observer': checkOasObserver,
  'korea-joined-architecture-mid-1990s': checkArchitectureMid1990s,
  'agreements-signed-in-1990s': checkAgreements1990s,
  'recognition-diplomacy-1950s-60s': checkRecognition,
  'lee-visit-mexico-2010': checkLeeVisit,
  'korea-in-g20': checkG20,
  'korea-in-oecd': checkOecd,
  'sixteen-challenges-condensed-to-six': checkSixteenToSix,
  'three-roles-for-korea': checkThreeRoles,
};
