import { describe, expect, it } from "vitest";
import {
  buildCameoCodes,
  parseCameoEventCodes,
  parseCameoToPlover,
  parseGoldsteinQuad,
  parseGoldsteinScale,
  quadClassOf,
} from "./cameo-codes.js";

const LABELS = `CAMEOEVENTCODE\tEVENTDESCRIPTION
1\tVerbal Cooperation
01\tMAKE PUBLIC STATEMENT
010\tMake statement, not specified below
020\tAppeal, not specified below
0256\tAppeal for de-escalation of military engagement
03\tEXPRESS INTENT TO COOPERATE
031\tExpress intent to engage in material cooperation,  not specified below
0311\tExpress intent to cooperate economically
044\tMeet at a \u00d2hird\u00d3location
105\tDemand mediation
1056\tDemand de-escalation of military engagement106:[-5.0] Demand withdrawal
19\tFIGHT
190\tUse conventional military force, not specified below
`;

const PLOVER = `# CAMEO to PLOVER conversion table
03: AGREE
031: AGREE,  , diplomatic # Agree to engage in material cooperation
044: CONSULT, third-party,   # Meet at a 'third' location
105: REQUEST, change, legal # Demand that target yields
1056: REQUEST, yield, military # Demand de-escalation of military engagement
091: ACCUSE, investigate, crime; corruption # Investigate crime, corruption
08: CONCEDE
08: RETREAT
19: ASSAULT
190: ASSAULT, , military # Use conventional military force
~~~~~
`;

const PHOENIX = `# Extracted from postprocess.py
cameo_code\tgoldstein\tquad_class_of_root
01\t0.0\t0
010\t0.0\t0
03\t4.0\t1
031\t5.2\t1
105\t-5.0\t3
1056\t-5.0\t3
19\t-10.0\t4
190\t-10.0\t4
`;

describe("parseCameoEventCodes", () => {
  it("splits the broken 1056/106 row into two codes and keeps 106's Goldstein score", () => {
    const { value, diagnostics } = parseCameoEventCodes(LABELS);
    expect(value.labels.get("1056")).toBe("Demand de-escalation of military engagement");
    expect(value.labels.get("106")).toBe("Demand withdrawal");
    expect(value.embeddedGoldstein.get("106")).toBe(-5);
    expect(diagnostics.map((d) => d.code)).toEqual(["cameo.repaired-row"]);
  });

  it("ignores the one-digit quad-class rows", () => {
    expect(parseCameoEventCodes(LABELS).value.labels.has("1")).toBe(false);
  });
});

describe("parseCameoToPlover", () => {
  it("reads type, mode and context, blank fields as null, several contexts joined", () => {
    const { value } = parseCameoToPlover(PLOVER);
    expect(value.get("031")).toMatchObject({ type: "AGREE", mode: null, context: "diplomatic", label: "Agree to engage in material cooperation" });
    expect(value.get("044")).toMatchObject({ type: "CONSULT", mode: "third-party", context: null });
    expect(value.get("091")?.context).toBe("crime; corruption");
    expect(value.get("03")).toMatchObject({ type: "AGREE", mode: null, context: null, label: null });
  });

  it("keeps the first row of a code mapped twice and reports the conflict", () => {
    const { value, diagnostics } = parseCameoToPlover(PLOVER);
    expect(value.get("08")?.type).toBe("CONCEDE");
    expect(diagnostics.map((d) => d.code)).toEqual(["plover.duplicate"]);
  });
});

describe("quad classes (Phoenix convention)", () => {
  const phoenix = parseGoldsteinQuad(PHOENIX).value;
  it("maps Phoenix's neutral class 0 to null and keeps 1–4", () => {
    expect(quadClassOf("010", phoenix)).toBeNull();
    expect(quadClassOf("031", phoenix)).toBe(1);
    expect(quadClassOf("190", phoenix)).toBe(4);
  });
  it("falls back to the root's class for codes Phoenix lacks", () => {
    expect(quadClassOf("0311", phoenix)).toBe(1);
    expect(quadClassOf("195", phoenix)).toBe(4);
    expect(quadClassOf("999", phoenix)).toBeNull();
  });
});

describe("buildCameoCodes", () => {
  const codes = buildCameoCodes({
    labels: parseCameoEventCodes(LABELS).value,
    plover: parseCameoToPlover(PLOVER).value,
    phoenix: parseGoldsteinQuad(PHOENIX).value,
    goldsteinScale: parseGoldsteinScale("CAMEOEVENTCODE\tGOLDSTEINSCALE\n0311\t5.2\n044\t2.5\n"),
  }).value;
  const get = (code: string) => codes.find((c) => c.code === code);

  it("lists every code once, sorted", () => {
    expect(codes.map((c) => c.code)).toEqual(["01", "010", "020", "0256", "03", "031", "0311", "044", "08", "091", "105", "1056", "106", "176", "19", "190"]);
  });

  it("combines label, Goldstein, quad class and PLOVER", () => {
    expect(get("190")).toEqual({
      code: "190",
      label: "Use conventional military force, not specified below",
      goldstein: -10,
      quadClass: 4,
      plover: { type: "ASSAULT", mode: null, context: "military" },
    });
  });

  it("takes Goldstein from GDELT's scale or the repaired row when Phoenix lacks the code", () => {
    expect(get("0311")?.goldstein).toBe(5.2);
    expect(get("106")?.goldstein).toBe(-5);
  });

  it("inherits the PLOVER mapping of the parent code, and says from where", () => {
    expect(get("0311")).toMatchObject({ plover: { type: "AGREE", mode: null, context: "diplomatic" }, ploverFrom: "031" });
    expect(get("010")?.plover).toBeNull();
  });

  it("reads an appeal as the matching demand (PLOVER REQUEST: all requests), statements stay untyped", () => {
    expect(get("0256")).toMatchObject({ plover: { type: "REQUEST", mode: "yield", context: "military" }, ploverFrom: "1056" });
    expect(get("020")?.plover).toBeNull();
  });

  it("adds CAMEO 2.0's hacking code 176 as COERCE cyber", () => {
    expect(get("176")).toMatchObject({ label: "Attack cybernetically", plover: { type: "COERCE", mode: "cyber" } });
  });

  it("uses the CAMEO 1.1b3 label for DEMAND codes and for garbled labels, keeping the other", () => {
    expect(get("105")).toMatchObject({ label: "Demand that target yields", altLabel: "Demand mediation" });
    expect(get("044")?.label).toBe("Meet at a 'third' location");
    expect(get("010")?.altLabel).toBeUndefined();
  });
});
