// The tagger's one hot loop, weight sums, as a WebAssembly SIMD kernel: two float64 cells per
// instruction instead of one. Written as bytecode here because no WebAssembly toolchain is a dependency.

/**
 * `sum(sources, size, into, count, table)`, byte addresses into the kernel's memory: for each cell
 * y < count, into[y] (float64) += table[offset_k + y] (float32) for k = 0 .. size - 1 in that order,
 * where offset_k is the k-th int32 at `sources` and `table` is where float32 index 0 sits. Each cell
 * adds the same values in the same order as the scalar loop, so the sums are identical to the bit.
 */
export type SumKernel = (sources: number, size: number, into: number, count: number, table: number) => void;

/** A WebAssembly memory, as far as the tagger uses it: a growing buffer, in 64 KiB pages. */
export interface KernelMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** The parts of the WebAssembly API used here (the project's TypeScript libs do not declare it). */
interface WasmApi {
  Memory: new (limits: { initial: number }) => KernelMemory;
  Module: new (bytes: Uint8Array<ArrayBuffer>) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  validate(bytes: Uint8Array<ArrayBuffer>): boolean;
}

const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

/**
 * A memory of `pages` 64 KiB pages with the kernel over it, or null where WebAssembly SIMD or the
 * memory is unavailable (callers then keep their scalar loop). The kernel's text form:
 *
 *   (func (param $src i32) (param $size i32) (param $into i32) (param $count i32) (param $table i32)
 *     (local $y i32) (local $k i32) (local $b i32) (local $a0 v128) … (local $a3 v128) (local $s f64)
 *     ;; eight cells at a time, four f64x2 accumulators
 *     (block (loop (br_if 1 (i32.gt_s (i32.add $y 8) $count))
 *       $a0..$a3 := v128.load (into + 8y + 0, 16, 32, 48)
 *       (for $k < $size: $b := $table + 4 (load $src + 4k) + 4y;
 *          $aj := f64x2.add $aj (f64x2.promote_low_f32x4 (v128.load64_zero $b + 8j)))
 *       v128.store $a0..$a3; $y += 8; br 0))
 *     ;; then two cells at a time with $a0, then the last odd cell in $s as f64
 *     …)
 */
export function sumKernel(pages: number): { memory: KernelMemory; sum: SumKernel } | null {
  if (!wasm || !wasm.validate(KERNEL) || pages > MAX_PAGES) return null;
  let memory: KernelMemory;
  try {
    memory = new wasm.Memory({ initial: pages });
  } catch (error) {
    // A system that commits memory strictly may refuse the reservation: the scalar loop needs none.
    if (error instanceof RangeError) return null;
    throw error;
  }
  const instance = new wasm.Instance(new wasm.Module(KERNEL), { m: { memory } });
  return { memory, sum: instance.exports.sum as SumKernel };
}

/** WebAssembly's 32-bit memories hold at most 4 GiB. */
const MAX_PAGES = 65536;

// Parameters and locals of the kernel, by index.
const SRC = 0;
const SIZE = 1;
const INTO = 2;
const COUNT = 3;
const TABLE = 4;
const Y = 5;
const K = 6;
const B = 7;
const ACC = [8, 9, 10, 11];
const S = 12;

// Opcodes used (WebAssembly core spec 2.0, binary format).
const I32 = 0x7f;
const F64 = 0x7c;
const V128 = 0x7b;
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const END = 0x0b;
const BR = 0x0c;
const BR_IF = 0x0d;
const I32_ADD = 0x6a;
const I32_SHL = 0x74;
const I32_LT_S = 0x48;
const I32_GT_S = 0x4a;
const I32_GE_S = 0x4e;
const F64_ADD = 0xa0;
const F64_PROMOTE_F32 = 0xbb;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

const get = (i: number): number[] => [0x20, i];
const set = (i: number): number[] => [0x21, i];
const tee = (i: number): number[] => [0x22, i];
const i32 = (v: number): number[] => [0x41, ...sleb(v)];
/** A memory instruction with its alignment (log2 bytes) and constant offset. */
const memory = (op: number[], align: number, offset = 0): number[] => [...op, align, ...uleb(offset)];
const I32_LOAD = [0x28];
const F32_LOAD = [0x2a];
const F64_LOAD = [0x2b];
const F64_STORE = [0x39];
const V128_LOAD = [0xfd, 0x00];
const V128_STORE = [0xfd, 0x0b];
const V128_LOAD64_ZERO = [0xfd, 0x5d];
const F64X2_PROMOTE_LOW_F32X4 = [0xfd, 0x5f];
const F64X2_ADD = [0xfd, 0xf0, 0x01];

/** $b := $table + 4 * (i32 at $src + 4k) + 4y: where source k's cell y starts. */
const SOURCE_ADDRESS = [
  ...get(TABLE), ...get(SRC), ...get(K), ...i32(2), I32_SHL, I32_ADD, ...memory(I32_LOAD, 2), ...get(Y), I32_ADD, ...i32(2), I32_SHL, I32_ADD, ...set(B),
];
/** $into + 8y: where cell y of the output starts. */
const CELL_ADDRESS = [...get(INTO), ...get(Y), ...i32(3), I32_SHL, I32_ADD];

/** for ($k = 0; $k < $size; $k++) { SOURCE_ADDRESS; body } */
function forEachSource(body: number[]): number[] {
  return [
    ...i32(0), ...set(K),
    ...BLOCK, ...get(K), ...get(SIZE), I32_GE_S, BR_IF, 0,
    ...LOOP, ...SOURCE_ADDRESS, ...body, ...get(K), ...i32(1), I32_ADD, ...tee(K), ...get(SIZE), I32_LT_S, BR_IF, 0, END,
    END,
  ];
}

/** while ($y + 2 * lanes <= $count): sum 2 * lanes cells in `lanes` f64x2 accumulators; $y += 2 * lanes. */
function cellsAtATime(lanes: number): number[] {
  const acc = ACC.slice(0, lanes);
  const load = acc.flatMap((a, j) => [...CELL_ADDRESS, ...memory(V128_LOAD, 3, 16 * j), ...set(a)]);
  const add = acc.flatMap((a, j) => [...get(a), ...get(B), ...memory(V128_LOAD64_ZERO, 2, 8 * j), ...F64X2_PROMOTE_LOW_F32X4, ...F64X2_ADD, ...set(a)]);
  const store = acc.flatMap((a, j) => [...CELL_ADDRESS, ...get(a), ...memory(V128_STORE, 3, 16 * j)]);
  return [
    ...BLOCK, ...LOOP,
    ...get(Y), ...i32(2 * lanes), I32_ADD, ...get(COUNT), I32_GT_S, BR_IF, 1,
    ...load, ...forEachSource(add), ...store,
    ...get(Y), ...i32(2 * lanes), I32_ADD, ...set(Y), BR, 0,
    END, END,
  ];
}

/** if ($y < $count): the last cell, in f64. */
const LAST_CELL = [
  ...BLOCK, ...get(Y), ...get(COUNT), I32_GE_S, BR_IF, 0,
  ...CELL_ADDRESS, ...memory(F64_LOAD, 3), ...set(S),
  ...forEachSource([...get(S), ...get(B), ...memory(F32_LOAD, 2), F64_PROMOTE_F32, F64_ADD, ...set(S)]),
  ...CELL_ADDRESS, ...get(S), ...memory(F64_STORE, 3),
  END,
];

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

const name = (s: string): number[] => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];

/** The module: imports memory "m"."memory", exports "sum". */
function kernelModule(): Uint8Array<ArrayBuffer> {
  const locals = [3, 3, I32, 4, V128, 1, F64];
  const code = [...locals, ...cellsAtATime(4), ...cellsAtATime(1), ...LAST_CELL, END];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 5, I32, I32, I32, I32, I32, 0]),
    ...section(2, [1, ...name("m"), ...name("memory"), 0x02, 0x00, 1]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...name("sum"), 0x00, 0]),
    ...section(10, [1, ...uleb(code.length), ...code]),
  ]);
}

const KERNEL = kernelModule();
