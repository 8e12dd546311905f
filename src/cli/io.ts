// The CLI's view of the outside world, injected so commands can be tested as plain functions.

export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  /** Read all of standard input (used when a path is "-"). */
  readStdin?: () => Promise<Uint8Array>;
  /** Current working directory for relative paths. */
  cwd?: string;
  /** Resolves when a long-running command (serve) should stop; without it, serve stops at once. */
  waitForStop?: () => Promise<void>;
}

/** Documented exit codes. */
export const EXIT = {
  ok: 0,
  /** Some inputs failed or were skipped as unreadable; the rest was processed. */
  partial: 1,
  /** Bad command line (unknown option, missing argument, invalid value). */
  usage: 2,
  /** Nothing could be done: no input readable, database unusable. */
  failed: 3,
} as const;

export function line(out: CliIo["stdout"], text = ""): void {
  out.write(text + "\n");
}
