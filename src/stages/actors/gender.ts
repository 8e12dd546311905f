// The sex a person's name, title or role noun shows ("Mrs", "Queen", "actress", "Mary"), so that
// "he" and "she" only refer to a person who can be one. First names come from the compiled table
// resources/names/first-name-gender.json (see scripts/build-name-genders.ts).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { InputError } from "../../model/errors.js";

export type Gender = "male" | "female";

/** First names that count for one sex. */
export interface NameGenders {
  /** The sex a first name shows, or null (unknown, or given to both). */
  firstName(word: string): Gender | null;
  /** sha256 of the table's file, for provenance ("" for a table made in memory). */
  readonly hash: string;
}

const NameGendersFile = z.object({ male: z.array(z.string()), female: z.array(z.string()) });

/** A lookup over lists of lower-case first names (a name on both lists shows neither). */
export function createNameGenders(data: { male: readonly string[]; female: readonly string[] }, hash = ""): NameGenders {
  const male = new Set(data.male);
  const female = new Set(data.female);
  return {
    hash,
    firstName(word) {
      const w = word.toLowerCase();
      const m = male.has(w);
      const f = female.has(w);
      return m === f ? null : m ? "male" : "female";
    },
  };
}

const DEFAULT_FILE = fileURLToPath(new URL("../../../resources/names/first-name-gender.json", import.meta.url));
const loaded = new Map<string, NameGenders>();

/** Load the compiled first-name table (default resources/names/first-name-gender.json) once per file. */
export function loadNameGenders(file: string = DEFAULT_FILE): NameGenders {
  let genders = loaded.get(file);
  if (!genders) {
    let raw: unknown;
    let text: string;
    try {
      text = readFileSync(file, "utf8");
      raw = JSON.parse(text);
    } catch (cause) {
      throw new InputError("resources.missing", file, "cannot read the first-name gender table (run scripts/build-name-genders.ts)", { cause });
    }
    const parsed = NameGendersFile.safeParse(raw);
    if (!parsed.success) throw new InputError("resources.bad-format", file, `not a first-name gender table: ${parsed.error.message}`);
    loaded.set(file, (genders = createNameGenders(parsed.data, createHash("sha256").update(text).digest("hex"))));
  }
  return genders;
}

/** Words written right before a name or heading a phrase that describes one person, by the sex they show. */
const GENDERED_WORDS: Record<Gender, string> = {
  male:
    "mr messrs sir lord king prince duke earl baron count emperor tsar czar sultan emir sheikh shaikh sheik monsignor " +
    "man gentleman boy father husband son brother uncle nephew grandfather grandson boyfriend fiance widower stepfather " +
    "actor chairman spokesman businessman congressman councilman policeman fireman sportsman statesman clergyman " +
    "kinsman headmaster waiter steward hero monk priest",
  female:
    "mrs ms miss madam madame mme mlle lady dame queen princess duchess countess baroness empress tsarina czarina begum " +
    "woman lady girl mother wife daughter sister aunt niece grandmother granddaughter girlfriend fiancee widow stepmother " +
    "actress chairwoman spokeswoman businesswoman congresswoman councilwoman policewoman sportswoman stateswoman " +
    "headmistress waitress stewardess heroine nun mistress",
};

const WORD_GENDER = new Map<string, Gender>();
for (const gender of ["male", "female"] as const) for (const w of GENDERED_WORDS[gender].split(" ")) WORD_GENDER.set(w, gender);

/** The sex a title or person noun shows ("Mrs.", "Queen", "wife" → female), or null. */
export function wordGender(word: string): Gender | null {
  return WORD_GENDER.get(word.toLowerCase().replace(/\.$/, "")) ?? null;
}

const PRONOUN_GENDER = new Map<string, Gender>([
  ...["he", "him", "his", "himself"].map((p) => [p, "male"] as const),
  ...["she", "her", "hers", "herself"].map((p) => [p, "female"] as const),
]);

/** The sex a personal pronoun shows ("she" → female), or null ("they", "it"). */
export function pronounGender(word: string): Gender | null {
  return PRONOUN_GENDER.get(word.toLowerCase()) ?? null;
}

/** Inside a name, "son of" ("Mohammed bin Salman", "Ali ibn Abi Talib") or "daughter of" ("Fatima bint Mubarak"). */
const FILIATION: Record<string, Gender> = { bin: "male", ibn: "male", ben: "male", bint: "female" };
/** East Slavic patronymics ("Vladimirovich", "Sergeyevna"). */
const PATRONYMIC: [RegExp, Gender][] = [
  [/^\p{Lu}\p{Ll}+(?:ovich|evich|yevich)$/u, "male"],
  [/^\p{Lu}\p{Ll}+(?:ovna|evna|yevna|ichna)$/u, "female"],
];
/**
 * Family names in a Slavic language's feminine form ("Tsikhanouskaya", "Zakharova", "Timoshenkova"):
 * only women bear them, whereas a man's form ("-sky", "-ov") is also borne by women married or born abroad.
 */
const FEMININE_SURNAME = /^\p{Lu}\p{Ll}+(?:ova|eva|yova|yeva|skaya|tskaya|ouskaya|ovskaya)$/u;

/**
 * The sex a person shows: a title or person noun before the name ("Mrs Lam", "actress Jane Fonda",
 * "her husband Jonathan") wins, since it is written of this very person; else the first name of a
 * name of two or more words (a lone word may be a family name) when the table gives it one sex;
 * else what the name's own form says (see FILIATION, PATRONYMIC, FEMININE_SURNAME).
 */
export function personGender(titleWords: readonly string[], nameWords: readonly string[], names: NameGenders): Gender | null {
  const titled = new Set(titleWords.map(wordGender).filter((g): g is Gender => g !== null));
  if (titled.size === 1) return [...titled][0];
  if (titled.size > 1) return null;
  const first = nameWords.length >= 2 ? names.firstName(nameWords[0]) : null;
  if (first) return first;
  for (const w of nameWords.slice(1, -1)) {
    const g = FILIATION[w.toLowerCase()] ?? PATRONYMIC.find(([re]) => re.test(w))?.[1];
    if (g) return g;
  }
  const last = nameWords.at(-1);
  return last && FEMININE_SURNAME.test(last) ? "female" : null;
}
