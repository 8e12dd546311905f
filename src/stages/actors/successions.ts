// States that became independent from another within the dictionaries' time span, as data: before
// its independence a successor's towns (its capital included) lay in the state it left, and a
// coder codes them as that state's ("shelled Juba" in 1992 → Sudan).

/** A successor state, the state its land belonged to, and the day it became independent. */
export interface Succession {
  /** The successor's code in the country list ("SSD"). */
  state: string;
  /** The code of the state it belonged to before ("SDN"). */
  predecessor: string;
  /** First day the predecessor no longer rules (YYYY-MM-DD): independence, or for East Timor the start of UN administration. */
  independence: string;
  /** First day of the predecessor's rule, when it began within living memory (YYYY-MM-DD), else null. */
  since: string | null;
}

/**
 * Successions whose predecessor is in the country list. Left out: Montenegro, Slovenia, Croatia,
 * Bosnia and Macedonia (their predecessors, Yugoslavia and Serbia and Montenegro, have no country
 * code of their own, and coders code the member republics as themselves), the Soviet republics and
 * Czechoslovakia's halves for the same reason.
 */
export const SUCCESSIONS: readonly Succession[] = [
  { state: "SSD", predecessor: "SDN", independence: "2011-07-09", since: null },
  { state: "ERI", predecessor: "ETH", independence: "1993-05-24", since: "1952-09-15" },
  // UN Security Council resolution 1244 (1999) left Kosovo under Serbian sovereignty until it declared independence.
  { state: "KSV", predecessor: "SRB", independence: "2008-02-17", since: null },
  // East Timor: annexed by Indonesia in 1976, under UN administration from October 1999.
  { state: "TMP", predecessor: "IDN", independence: "1999-10-25", since: "1976-07-17" },
];

const byState = new Map(SUCCESSIONS.map((s) => [s.state, s]));

/**
 * The code of the state a place of country `code` lay in on `date` (YYYY-MM-DD or longer ISO): the
 * predecessor before the successor's independence, else `code` itself (also when the date is unknown).
 */
export function stateOfPlaceOn(code: string, date: string | null): string {
  const s = byState.get(code);
  if (!s || !date) return code;
  const day = date.slice(0, 10);
  return day < s.independence && (s.since === null || s.since <= day) ? s.predecessor : code;
}
