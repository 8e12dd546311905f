// Typed errors with stable codes: invariant violations and unusable input throw these, never strings.

export class SitrepError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "SitrepError";
  }
}

/** Input that cannot be read; `input` names the file, line or record. */
export class InputError extends SitrepError {
  constructor(
    code: string,
    readonly input: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(code, `${input}: ${reason}`, options);
    this.name = "InputError";
  }
}

/** A span that does not match the text it claims to cover. */
export class OffsetError extends SitrepError {
  constructor(message: string) {
    super("model.offset", message);
    this.name = "OffsetError";
  }
}
