// How a predicted CAMEO actor code is compared with a gold actor: same country (or international
// prefix IGO/NGO), and the same first sector when the gold coder gave one.

/**
 * Legacy country codes found in the PLOVER gold records (KEDS/TABARI era) or in CountryInfo (TMP for
 * East Timor), with their ISO 3166 codes.
 */
export const LEGACY_COUNTRY_CODES: Readonly<Record<string, string>> = { JAP: "JPN", ITL: "ITA", VTN: "VNM", TMP: "TLS" };

/**
 * Federations whose dated codes name a member republic after them: Phoenix codes Serbia as YUGSRB
 * before 1992 and SCGSRB until 2006, Bosnia as YUGBIH. The member is the country compared.
 */
export const FEDERATION_CODES: ReadonlySet<string> = new Set(["YUG", "SCG", "SUN"]);

/** Variant sector codes in the gold records, with the CAMEO code sitrep uses. */
export const LEGACY_SECTOR_CODES: Readonly<Record<string, string>> = { MOS: "MUS", JRN: "MED", CIV: "CVL" };

/**
 * CAMEO role and religion codes that count as a sector. In "IGOUNOMIL" the group "UNO" names the
 * organisation, not a sector, so the first sector is MIL; in "IGOUNO" there is none.
 */
export const CAMEO_SECTORS: ReadonlySet<string> = new Set([
  "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LAB",
  "LEG", "HLH", "REF", "AGR", "ELI", "RAD", "UAF", "ENV", "HRI", "DEV", "MOD", "SEP", "INS", "PPL",
  "IGO", "NGO", "IMG", "MNC", "SOC",
  "REL", "MUS", "CHR", "JEW", "HIN", "BUD", "CTH", "PRO", "ORT", "SHI", "SUN", "SFI", "ALE", "DRZ",
]);

/** A code reduced to what is compared: country and first sector (null when none). */
export interface ComparableCode {
  country: string;
  sector: string | null;
}

/** Country of a code: its first three letters, with legacy codes mapped to ISO. */
export function countryOf(code: string): string {
  const country = code.trim().slice(0, 3).toUpperCase();
  return LEGACY_COUNTRY_CODES[country] ?? country;
}

/** Read a predicted CAMEO code ("IRQGOVMIL", "IGOUNO", "---GOV", "SCGSRBLEG") into country and first sector. */
export function readPredictedCode(code: string): ComparableCode {
  const upper = code.trim().toUpperCase();
  const member = FEDERATION_CODES.has(upper.slice(0, 3)) && /^[A-Z]{3}$/.test(upper.slice(3, 6)) && !CAMEO_SECTORS.has(upper.slice(3, 6));
  const country = member ? countryOf(upper.slice(3)) : countryOf(upper);
  let sector: string | null = null;
  for (let i = member ? 6 : 3; i + 3 <= upper.length; i += 3) {
    const group = upper.slice(i, i + 3);
    if (CAMEO_SECTORS.has(group)) {
      sector = group;
      break;
    }
  }
  return { country, sector };
}

/**
 * Read a gold actor: `code` is the country, `sector` is free text such as "GOV", "CVLalb", "REFKUR"
 * or "***" (unknown). Its first sector is the first three letters upper-cased; "***" counts as none.
 */
export function readGoldActor(code: string, sector: string | null): ComparableCode {
  const first = sector?.trim().slice(0, 3).toUpperCase() ?? "";
  const valid = /^[A-Z]{3}$/.test(first) ? (LEGACY_SECTOR_CODES[first] ?? first) : null;
  return { country: countryOf(code), sector: valid };
}

/** Equal country, and equal first sector when the gold gives one (a gold actor without sector checks country only). */
export function codesMatch(gold: ComparableCode, predicted: ComparableCode, compareSector = true): boolean {
  if (gold.country !== predicted.country) return false;
  if (!compareSector || gold.sector === null) return true;
  return gold.sector === predicted.sector;
}
