// CAMEO codes an event that is promised, demanded, refused or threatened, rather than done, under
// the verbal roots: intent to cooperate (03), demand (10), reject (12), threaten (13). Each of those
// roots repeats the structure of the material roots (meet 04, diplomatic cooperation 05, material
// cooperation 06, aid 07, yield 08; reduce relations 16, coerce 17, assault 18, fight 19, WMD 20), so
// the code of the embedded event selects the sub-code: "will provide military aid" (072) is 0332,
// "demanded the release of prisoners" (0841) is 1053, "refused to deploy peacekeepers" (074) is 1224.

/** How an event is held rather than done. */
export type Stance = "intend" | "demand" | "reject" | "threaten";

/** One row: an event code prefix and the code for each stance (null: the stance has no such code). */
interface StanceRow {
  prefix: string;
  intend: string | null;
  demand: string | null;
  reject: string | null;
  threaten: string | null;
}

const row = (prefix: string, intend: string | null, demand: string | null, reject: string | null, threaten: string | null = null): StanceRow => ({
  prefix,
  intend,
  demand,
  reject,
  threaten,
});

/** Longest prefix first; from the CAMEO 1.1b3 code book (sections 03, 10, 12, 13). */
const ROWS: readonly StanceRow[] = [
  // Cooperation: the intent codes (03x) and their demand (10x) and rejection (12x) counterparts.
  row("03", "030", "100", "120"),
  row("04", "036", "106", "125"),
  // Signing is not settling a dispute: a promised signature is a generic intent to cooperate.
  row("057", "030", "100", "127"),
  row("05", "032", "102", "120"),
  row("061", "0311", "1011", "1211"),
  row("062", "0312", "1012", "1212"),
  row("063", "0313", "1013", "1213"),
  row("064", "0314", "1014", "1214"),
  row("06", "031", "101", "121"),
  row("071", "0331", "1031", "1221"),
  row("072", "0332", "1032", "1222"),
  row("073", "0333", "1033", "1223"),
  row("074", "0334", "1034", "1224"),
  row("07", "033", "103", "122"),
  row("0831", "0341", "1041", "1231"),
  row("0832", "0342", "1042", "1232"),
  row("0833", "0343", "1043", "1233"),
  row("0834", "0344", "1044", "1234"),
  row("083", "034", "104", "123"),
  row("081", "0351", "1051", "1241"),
  row("082", "0352", "1052", "1242"),
  row("084", "0353", "1053", "1243"),
  row("085", "0354", "1054", "1244"),
  row("086", "0355", "1055", "1245"),
  row("087", "0356", "1056", "1246"),
  row("08", "035", "105", "124"),
  // Disapproval and protest threatened ("threatened to sue", "threatened to strike"): a threat (130).
  row("11", null, null, null, "130"),
  row("14", null, null, null, "130"),
  // Conflict: threatened (13x); a demand or a refusal of conflict has no code of its own.
  row("161", null, null, null, "1313"),
  row("162", null, null, null, "1311"),
  row("163", null, null, null, "1312"),
  row("164", null, null, null, "134"),
  row("165", null, null, null, "135"),
  row("166", null, null, null, "136"),
  row("16", null, null, null, "131"),
  row("1721", null, null, null, "1321"),
  row("1722", null, null, null, "1322"),
  row("1723", null, null, null, "1323"),
  row("1724", null, null, null, "1324"),
  row("172", null, null, null, "132"),
  row("17", null, null, null, "137"),
  row("18", null, null, null, "1383"),
  row("191", null, null, null, "1381"),
  row("192", null, null, null, "1382"),
  row("19", null, null, null, "1384"),
  row("20", null, null, null, "1385"),
];

/**
 * The CAMEO code of an event held in a stance, or null when CAMEO has none (an intended attack is
 * not an intent to cooperate; a demanded statement is not coded). `code` may be null for an
 * embedded verb the dictionary does not code: a demand or refusal of something unnamed is 100 / 120.
 */
export function stanceCode(stance: Stance, code: string | null): string | null {
  if (code === null) return stance === "demand" ? "100" : stance === "reject" ? "120" : null;
  const hit = ROWS.find((r) => code.startsWith(r.prefix));
  return hit ? hit[stance] : null;
}

/**
 * The CAMEO appeal (02) for an event asked for: CAMEO's appeal codes repeat its demand codes digit for
 * digit (1056 "demand de-escalation" is 0256 "appeal for de-escalation", 106 is 026), so the appeal is
 * the demand with the root 10 replaced by 02. Null when a demand has no such code.
 */
export function appealCode(code: string | null): string | null {
  const demand = stanceCode("demand", code);
  return demand && demand.startsWith("10") ? `02${demand.slice(2)}` : null;
}

/** Whether a code is already a stance code (03, 10, 12, 13): it is not mapped again. */
export function isStanceCode(code: string): boolean {
  return /^(03|10|12|13)/.test(code);
}
