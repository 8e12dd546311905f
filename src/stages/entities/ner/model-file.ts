// The NER model file: gzipped JSON with the label set, gazetteers and each layer's feature names
// and 16-bit quantised weights. Written by scripts/train-ner.ts, read once by `loadNerModel`.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { InputError } from "../../../model/errors.js";
import type { GazetteerData } from "./gazetteer.js";
import { assembleModel, type NerLayer, type NerModel } from "./model.js";

/** Bumped whenever the file layout or the feature set changes: old files are refused, not misread. */
export const NER_FORMAT = "sitrep-ner/3";

/** The package root, found upwards from this module (works from src/ under tsx and from dist/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new InputError("ner.model-missing", fileURLToPath(import.meta.url), "cannot find the package root");
    dir = parent;
  }
  return dir;
}

/** The committed model. */
export const DEFAULT_NER_MODEL = join(packageRoot(), "resources", "ner", "model.json.gz");

interface LayerFile {
  scale: number;
  weights: string;
  transitions: number[];
}

interface ModelFile {
  format: string;
  labels: string[];
  gazetteer: GazetteerData;
  /** Feature keys (little-endian int32, base64); feature i owns rows [i * L, i * L + L) of each layer's weights. */
  keys: string;
  stage1: LayerFile;
  stage2: LayerFile | null;
}

/** What a model file holds (a model without its derived indexes). */
export interface ModelParts {
  labels: readonly string[];
  gazetteerData: GazetteerData;
  keys: Int32Array;
  stage1: NerLayer;
  stage2: NerLayer | null;
}

function packLayer(layer: NerLayer): LayerFile {
  let max = 0;
  for (const w of layer.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(layer.weights.length);
  for (let k = 0; k < q.length; k++) q[k] = Math.round(layer.weights[k] / scale);
  return {
    scale,
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString("base64"),
    transitions: Array.from(layer.transitions, (x) => Math.round(x * 1e4) / 1e4),
  };
}

function unpackLayer(file: LayerFile, rows: number, L: number, where: string): NerLayer {
  const bytes = Buffer.from(file.weights, "base64");
  if (bytes.length !== rows * L * 2) throw new InputError("ner.model-corrupt", where, "weight table does not match the feature list");
  const q = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  const weights = new Float32Array(q.length);
  for (let k = 0; k < q.length; k++) weights[k] = q[k] * file.scale;
  if (file.transitions.length !== L * L) throw new InputError("ner.model-corrupt", where, "transition table does not match the labels");
  return { weights, transitions: Float32Array.from(file.transitions) };
}

/** Serialise a model to the gzipped file format (deterministic for the same weights). */
export function serialiseModel(parts: ModelParts): Buffer {
  const file: ModelFile = {
    format: NER_FORMAT,
    labels: [...parts.labels],
    gazetteer: parts.gazetteerData,
    keys: Buffer.from(parts.keys.buffer, parts.keys.byteOffset, parts.keys.byteLength).toString("base64"),
    stage1: packLayer(parts.stage1),
    stage2: parts.stage2 ? packLayer(parts.stage2) : null,
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

/** Parse a serialised model; `where` names it in errors. */
export function parseModel(bytes: Buffer, where: string): NerModel {
  let file: ModelFile;
  try {
    file = JSON.parse(gunzipSync(bytes).toString("utf8")) as ModelFile;
  } catch (cause) {
    throw new InputError("ner.model-unreadable", where, "not a gzipped JSON NER model", { cause });
  }
  if (file.format !== NER_FORMAT) throw new InputError("ner.model-format", where, `format ${String(file.format)}, expected ${NER_FORMAT}`);
  const L = file.labels.length;
  const keyBytes = Buffer.from(file.keys, "base64");
  const keys = new Int32Array(keyBytes.length / 4);
  for (let i = 0; i < keys.length; i++) keys[i] = keyBytes.readInt32LE(i * 4);
  return assembleModel({
    labels: file.labels,
    gazetteerData: file.gazetteer,
    keys,
    stage1: unpackLayer(file.stage1, keys.length, L, where),
    stage2: file.stage2 ? unpackLayer(file.stage2, keys.length, L, where) : null,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  });
}

const loaded = new Map<string, NerModel>();

/** Load the NER model (the committed one by default); each path is read and parsed once per process. */
export function loadNerModel(path: string = DEFAULT_NER_MODEL): NerModel {
  let model = loaded.get(path);
  if (!model) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (cause) {
      throw new InputError("ner.model-missing", path, "cannot read the NER model file", { cause });
    }
    model = parseModel(bytes, path);
    loaded.set(path, model);
  }
  return model;
}
