/**
 * An expected failure whose message is a translation key (in the "errors"
 * namespace) with its parameters. Actions turn it into a typed result.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(code);
    this.name = "AppError";
  }
}

export class ForbiddenError extends AppError {
  constructor() {
    super("forbidden");
  }
}

export class NotFoundError extends AppError {
  constructor() {
    super("notFound");
  }
}

export type StaleDetails = {
  current: Record<string, unknown>;
  changedFields: string[];
  updatedAt: string | null;
  updatedBy: string | null;
};

/** A save based on an old version of the record. */
export class StaleVersionError extends AppError {
  constructor(readonly details: StaleDetails) {
    super("stale");
  }
}
