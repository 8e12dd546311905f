// Build-time only (scripts/build-gazetteer.ts): which first-level division names may stand bare as
// gazetteer keys, and which need their descriptor ("Coast Province", "Plateau State").

/**
 * Division names that are ordinary English words ("Coast" province, "Plateau" and "Delta" states,
 * "Federal" district, "City" of London): bare, in news, they are the word ("Coast Guard", "Federal
 * Bureau"), not the division.
 */
const COMMON_WORD_NAME = /^(?:antique|aurora|bar|bay|capital|cascade|center|centre|city|coast|delta|down|federal|free|gulf|highland|islands|lakes|littoral|mountain|plateau|unity)$/i;

/** Is this division name an ordinary English word, so that the division is keyed with its descriptor only? */
export function isCommonWordName(name: string): boolean {
  return COMMON_WORD_NAME.test(name.trim());
}
