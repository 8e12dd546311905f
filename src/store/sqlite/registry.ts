// The actor registry: people whose codes the text taught us (from their roles), kept across
// articles so a later "Khattab" alone is coded too; analysts list and correct entries.
import type { Database, Statement } from "better-sqlite3";
import type { Document } from "../../model/schema.js";
import { nameKeys, sameName } from "../../stages/actors/names.js";
import type { ActorRegistryLookup, RegistryActor } from "../../stages/actors/actors-stage.js";

export interface RegistryEntry extends RegistryActor {
  id: number;
  firstSeen: string | null;
  lastSeen: string | null;
  sourceArticle: string | null;
  /** "role" when learned from the text, "analyst" when set by hand. */
  basis: "role" | "analyst";
}

export interface RegistryCorrection {
  code?: string | null;
  country?: string | null;
  sectors?: string[];
  title?: string | null;
}

interface Row {
  id: number;
  name: string;
  family_key: string;
  code: string | null;
  country: string | null;
  sectors: string;
  title: string | null;
  first_seen: string | null;
  last_seen: string | null;
  source_article: string | null;
  basis: "role" | "analyst";
}

function fromRow(r: Row): RegistryEntry {
  return {
    id: r.id,
    name: r.name,
    code: r.code,
    country: r.country,
    sectors: JSON.parse(r.sectors),
    title: r.title,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    sourceArticle: r.source_article,
    basis: r.basis,
  };
}

/** The family-name key a registry entry is found by ("Juma Anad Saadoun Khattab" → key of "Khattab"). */
function familyKey(words: readonly string[]): string {
  return nameKeys(words).at(-1) ?? "";
}

export class ActorRegistry implements ActorRegistryLookup {
  private readonly byFamily: Statement;
  private readonly byName: Statement;
  private readonly insert: Statement;
  private readonly touch: Statement;

  constructor(private readonly db: Database) {
    this.byFamily = db.prepare("SELECT * FROM actor_registry WHERE family_key = ? ORDER BY basis = 'analyst' DESC, last_seen DESC");
    this.byName = db.prepare("SELECT * FROM actor_registry WHERE name = ?");
    this.insert = db.prepare(
      `INSERT INTO actor_registry (name, family_key, code, country, sectors, title, first_seen, last_seen, source_article, basis)
       VALUES (@name, @family_key, @code, @country, @sectors, @title, @seen, @seen, @source, 'role')`,
    );
    this.touch = db.prepare(
      `UPDATE actor_registry SET first_seen = min(coalesce(first_seen, @seen), coalesce(@seen, first_seen)),
         last_seen = max(coalesce(last_seen, @seen), coalesce(@seen, last_seen)) WHERE id = @id`,
    );
  }

  findPerson(nameWords: readonly string[]): RegistryActor | null {
    const rows = this.byFamily.all(familyKey(nameWords)) as Row[];
    const hit = rows.find((r) => sameName(nameWords, r.name.split(" ")) || sameName(r.name.split(" "), nameWords));
    return hit ? fromRow(hit) : null;
  }

  /** Learn the people of a stored document whose code came from a role in its text. */
  learn(doc: Document): number {
    let learned = 0;
    for (const actor of doc.actors) {
      if (!actor.code || !actor.basis?.startsWith("role:") || actor.name.split(" ").length < 2) continue;
      const isPerson = doc.mentions.some((m) => m.actorId === actor.id && m.entityId && doc.entities.find((e) => e.id === m.entityId)?.type === "PERSON");
      if (!isPerson) continue;
      const existing = this.byName.get(actor.name) as Row | undefined;
      if (existing) {
        this.touch.run({ id: existing.id, seen: doc.published });
        continue;
      }
      this.insert.run({
        name: actor.name,
        family_key: familyKey(actor.name.split(" ")),
        code: actor.code,
        country: actor.country,
        sectors: JSON.stringify(actor.sectors),
        title: actor.roles[0]?.title ?? null,
        seen: doc.published,
        source: doc.id,
      });
      learned++;
    }
    return learned;
  }

  list(query = "", limit = 100): RegistryEntry[] {
    const rows = this.db
      .prepare("SELECT * FROM actor_registry WHERE name LIKE ? ESCAPE '\\' ORDER BY name LIMIT ?")
      .all(`%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, limit) as Row[];
    return rows.map(fromRow);
  }

  /** An analyst's correction: the entry by exact name (created if absent) takes these fields. */
  correct(name: string, fix: RegistryCorrection): RegistryEntry {
    const existing = this.byName.get(name) as Row | undefined;
    if (!existing) {
      this.insert.run({
        name,
        family_key: familyKey(name.split(" ")),
        code: fix.code ?? null,
        country: fix.country ?? fix.code?.slice(0, 3) ?? null,
        sectors: JSON.stringify(fix.sectors ?? (fix.code ? fix.code.slice(3).match(/.{3}/g) ?? [] : [])),
        title: fix.title ?? null,
        seen: null,
        source: null,
      });
    }
    const row = this.byName.get(name) as Row;
    const code = fix.code !== undefined ? fix.code : row.code;
    this.db
      .prepare("UPDATE actor_registry SET code = ?, country = ?, sectors = ?, title = ?, basis = 'analyst' WHERE id = ?")
      .run(
        code,
        fix.country !== undefined ? fix.country : code ? code.slice(0, 3) : row.country,
        JSON.stringify(fix.sectors ?? (fix.code !== undefined && code ? code.slice(3).match(/.{3}/g) ?? [] : JSON.parse(row.sectors))),
        fix.title !== undefined ? fix.title : row.title,
        row.id,
      );
    return fromRow(this.byName.get(name) as Row);
  }
}
