// The package version, recorded in every document's provenance.
import { createRequire } from "node:module";

const pkg = createRequire(import.meta.url)("../package.json") as { version: string };

export const SITREP_VERSION: string = pkg.version;
