import { describe, expect, it } from "vitest";
import { arabicKeyVariants, expandCounty, placeKey, spellingKey, variantKey, vowelSwaps } from "./normalise.js";

describe("placeKey", () => {
  it("folds case and diacritics", () => {
    expect(placeKey("São Paulo")).toBe("sao paulo");
    expect(placeKey("KANDAHĀR")).toBe("kandahar");
  });
  it("drops a leading 'the' and a possessive, straight or curly", () => {
    expect(placeKey("the Gaza Strip")).toBe("gaza strip");
    expect(placeKey("Iran’s")).toBe("iran");
    expect(placeKey("Iraq's")).toBe("iraq");
    expect(placeKey("Philippines'")).toBe("philippines");
  });
  it("drops dots and apostrophes and turns hyphens and commas into spaces", () => {
    expect(placeKey("U.S.")).toBe("us");
    expect(placeKey("Ma'rib")).toBe("marib");
    expect(placeKey("Deir ez-Zor")).toBe("deir ez zor");
    expect(placeKey("Washington, D.C.")).toBe("washington dc");
  });
  it("gives plain words the same key as the full folding does", () => {
    expect(placeKey("New York")).toBe("new york");
    expect(placeKey("New  York ")).toBe("new york");
    expect(placeKey("THE HAGUE")).toBe("hague");
    expect(placeKey("The")).toBe("the");
    expect(placeKey("Route 66")).toBe("route 66");
    // Asked again, the remembered key is the same.
    expect(placeKey("THE HAGUE")).toBe("hague");
  });
  it("is idempotent", () => {
    for (const name of ["The Hague", "Côte d'Ivoire", "N'Djamena", "Iran’s"]) expect(placeKey(placeKey(name))).toBe(placeKey(name));
  });
});

describe("arabicKeyVariants", () => {
  it("adds the name without its article and with -ah shortened", () => {
    expect(arabicKeyVariants("al fallujah")).toEqual(expect.arrayContaining(["fallujah", "falluja"]));
    expect(arabicKeyVariants("al fallujah")).not.toContain("al fallujah");
    expect(arabicKeyVariants("ar raqqah")).toContain("raqqa");
  });
  it("leaves names without an article or -ah alone", () => {
    expect(arabicKeyVariants("mosul")).toEqual([]);
  });
});

describe("variantKey", () => {
  it("gives one key to the transliterations of one name", () => {
    expect(variantKey(placeKey("Jenin"))).toBe(variantKey(placeKey("Janīn")));
    expect(variantKey(placeKey("Derna"))).toBe(variantKey(placeKey("Darnah")));
    expect(variantKey(placeKey("Qatraneh"))).toBe(variantKey(placeKey("Al Qaţrānah")));
    expect(variantKey(placeKey("Daqahliya"))).toBe(variantKey(placeKey("Dakahlia")));
    expect(variantKey(placeKey("Dogu Beyazit"))).toBe(variantKey(placeKey("Doğubayazıt")));
    // A hard c is a k ("Mbanza Congo", "Mbanza Kongo"); a soft one is not ("Nice" is no "Nike").
    expect(variantKey(placeKey("Mbanza Congo"))).toBe(variantKey(placeKey("Mbanza Kongo")));
    expect(variantKey(placeKey("Nice"))).not.toBe(variantKey(placeKey("Nike")));
  });
  it("keeps names apart that differ in more than their vowels' spelling", () => {
    expect(variantKey(placeKey("Kisima"))).not.toBe(variantKey(placeKey("Kisumu")));
    expect(variantKey(placeKey("Rongo"))).not.toBe(variantKey(placeKey("Rongai")));
    expect(variantKey(placeKey("Dhule"))).not.toBe(variantKey(placeKey("Dhulia")));
  });
  it("counts the vowels two spellings of one variant key write otherwise", () => {
    expect(vowelSwaps(spellingKey(placeKey("Jenin")), spellingKey(placeKey("Janīn")))).toBe(1);
    expect(vowelSwaps(spellingKey(placeKey("Dhule")), spellingKey(placeKey("Dhola")))).toBe(2);
    expect(vowelSwaps("abc", "abcd")).toBe(Infinity);
  });
});

describe("expandCounty", () => {
  it("writes out a final 'Co.' as County, in any case, and leaves other names alone", () => {
    expect(expandCounty("Plymouth Co.")).toBe("Plymouth County");
    expect(expandCounty("PLYMOUTH CO.")).toBe("PLYMOUTH County");
    expect(expandCounty("Costa Rica")).toBe("Costa Rica");
    expect(expandCounty("Co.")).toBe("Co.");
  });
});
