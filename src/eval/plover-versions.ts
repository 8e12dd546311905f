// PLOVER 0.5 event names (used by the gold-standard records) mapped to current PLOVER (manual draft 0.8,
// CAMEO2PLOVER-2021), which is what sitrep's events carry. Kept as data so the README can print it.

/** One mapping rule: a 0.5 type (and optionally one of its modes) → current type and mode. */
export interface PloverVersionRule {
  from: string;
  /** Only for this 0.5 mode; absent = any mode. */
  fromMode?: string;
  to: string;
  /** The current mode implied by the rule, if any. */
  toMode?: string;
  why: string;
}

/**
 * Rules are tried in order; mode-specific rules come before the type's general rule. Types not listed
 * kept their name (AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE, RETREAT, REJECT, THREATEN,
 * PROTEST, MOBILIZE, SANCTION, ASSAULT).
 */
export const PLOVER_05_TO_CURRENT: readonly PloverVersionRule[] = [
  { from: "DEMAND", to: "REQUEST", why: "CAMEO 10 DEMAND is REQUEST in the current manual" },
  { from: "DISAPPROVE", to: "ACCUSE", toMode: "disapprove", why: "CAMEO 11 is ACCUSE, mode disapprove/allege" },
  { from: "INVESTIGATE", to: "ACCUSE", toMode: "investigate", why: "CAMEO 09 is ACCUSE, mode investigate" },
  { from: "FIGHT", to: "ASSAULT", why: "CAMEO 19 conventional force is ASSAULT; its weapon modes became ASSAULT modes" },
  { from: "COERCE", fromMode: "destroy", to: "ASSAULT", toMode: "destroy", why: "destruction of property is ASSAULT 'destroy' (CAMEO 1712)" },
  { from: "COERCE", fromMode: "firearms", to: "ASSAULT", toMode: "firearms", why: "opening fire is ASSAULT 'firearms'; COERCE has no weapon modes" },
];

/** The current PLOVER event types (manual draft 0.8). */
export const PLOVER_CURRENT_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;

/** Map a PLOVER 0.5 event type (and mode) to the current type and mode. */
export function currentPloverType(type: string, mode: string | null = null): { type: string; mode: string | null } {
  const upper = type.trim().toUpperCase();
  const lowerMode = mode?.trim().toLowerCase() || null;
  for (const rule of PLOVER_05_TO_CURRENT) {
    if (rule.from !== upper) continue;
    if (rule.fromMode !== undefined && rule.fromMode !== lowerMode) continue;
    return { type: rule.to, mode: rule.toMode ?? lowerMode };
  }
  return { type: upper, mode: lowerMode };
}
