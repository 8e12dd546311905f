// Storage: the DocumentStore interface and its embedded SQLite implementation.
export * from "./store.js";
export { SqliteStore, openSqliteStore } from "./sqlite/sqlite-store.js";
