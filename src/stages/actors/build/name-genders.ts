// Build step for the first-name gender table: reads the US Census 1990 first-name frequency lists
// and keeps the names clearly more frequent for one sex (see genderedFirstNames), then adds sitrep's
// own list of given names of international news the 1990 US lists barely record (see WORLD_NAMES).

/** Frequency (percent of the list's population) of each upper-case name in a Census first-name list. */
export function parseCensusFirstNames(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    const [name, frequency] = line.trim().split(/\s+/);
    if (!name || frequency === undefined) continue;
    const f = Number(frequency);
    if (!/^[A-Z]+$/.test(name) || !Number.isFinite(f)) continue;
    out.set(name, (out.get(name) ?? 0) + f);
  }
  return out;
}

export interface GenderRule {
  /** How many times more frequent for one sex than the other a name must be to count for it. */
  ratio: number;
  /**
   * Least frequency (percent) for the sex it counts for: the rarest Census names include East Asian
   * family names that news writes first ("Moon", "Song", "Sun"), given to a handful of women.
   */
  floor: number;
  /** Upper-case names left out whatever their counts (see CROSS_CULTURAL). */
  exclude: ReadonlySet<string>;
}

/**
 * Names American women mostly bear but Italian, French or other naming gives to men ("Andrea
 * Orlando", "Nicola Zingaretti", "Jean Asselborn"): news of international affairs cannot read
 * their sex from the Census counts.
 */
export const CROSS_CULTURAL = new Set(["ANDREA", "NICOLA", "SIMONE", "MICHELE", "DANIELE", "GABRIELE", "JEAN", "DOMINIQUE", "CLAUDE", "CAMILLE", "SASHA", "KIM", "YURI", "NIKITA", "MISHA"]);

export const DEFAULT_GENDER_RULE: GenderRule = { ratio: 10, floor: 0.01, exclude: CROSS_CULTURAL };

/** The lower-case names that count for each sex: frequent enough and `ratio` times more frequent than for the other. */
export function genderedFirstNames(
  male: ReadonlyMap<string, number>,
  female: ReadonlyMap<string, number>,
  rule: GenderRule = DEFAULT_GENDER_RULE,
): { male: string[]; female: string[] } {
  const pick = (own: ReadonlyMap<string, number>, other: ReadonlyMap<string, number>) =>
    [...own]
      .filter(([name, f]) => !rule.exclude.has(name) && f >= rule.floor && f >= rule.ratio * (other.get(name) ?? 0))
      .map(([name]) => name.toLowerCase())
      .sort();
  return { male: pick(male, female), female: pick(female, male) };
}

/**
 * Given names borne by one sex that international news often prints and the 1990 US Census lists
 * record too rarely to count (Arabic, Persian, Turkish, Slavic, South Asian and other names;
 * sitrep's own list, MIT). Lower-case.
 */
export const WORLD_NAMES: { male: readonly string[]; female: readonly string[] } = {
  male: (
    "mohammed mohammad muhammad mohamed mohamad mahmoud mahmud ahmed ahmad hassan hasan hussein husain hossein abdullah abdallah " +
    "khalid khaled mustafa mostafa ibrahim ismail youssef yusuf yousef recep bashar hafez saddam muammar moammar ayman osama usama " +
    "hamad nabil walid saad fahd faisal hamid hamza tariq tarek rashid jamal kamal nasser anwar hosni qasem qassem javad mahmood " +
    "sergei sergey dmitry dmitri alexei alexey mikhail nikolai nikolay igor viktor boris volodymyr petro oleksandr andriy vitali " +
    "vitaly gennady yevgeny evgeny vyacheslav valery anatoly andrzej lech jaroslaw mateusz milos aleksandar slobodan vojislav zoran " +
    "narendra rahul manmohan imran nawaz shehbaz asif arvind amit rajnath " +
    "emmanuel jacques nicolas francois olaf wolfgang horst heiko matteo giuseppe silvio sergio luigi " +
    "shinzo yoshihide fumio ekrem mevlut hulusi binali jair luiz evo"
  ).split(" "),
  female: (
    "svetlana sviatlana tatiana tatyana olga natalia natalya yulia yuliya irina ekaterina yekaterina valentina lyudmila elvira " +
    "fatima fatma aisha ayesha leila layla zainab maryam benazir malala hina " +
    "jacinda ursula annegret ségolène segolene marine federica beata ewa agnieszka kersti dalia ingrida " +
    "sanna mette erna magdalena kaja"
  ).split(" "),
};

/** The Census table with the world list added: a world name joins its sex unless the Census gives it to the other. */
export function withWorldNames(census: { male: string[]; female: string[] }, world = WORLD_NAMES): { male: string[]; female: string[] } {
  const male = new Set(census.male);
  const female = new Set(census.female);
  for (const n of world.male) if (!female.has(n)) male.add(n);
  for (const n of world.female) if (!male.has(n)) female.add(n);
  return { male: [...male].sort(), female: [...female].sort() };
}
