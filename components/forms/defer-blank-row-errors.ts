import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";

/**
 * A list of rows (delegation members, itinerary items) must not flag a row the
 * user has only just added. react-hook-form re-validates a whole field array
 * right after a row is added or removed, and the blank new row's required
 * cells came back as errors before anything was typed: the summary appeared,
 * the page jumped and swallowed the next click. Outside a submit, an error on
 * a blank cell of a row is therefore kept only if the cell already showed one
 * (so focusing and leaving a flagged cell does not clear its error); a submit
 * reports every error.
 */
export function deferBlankRowErrors<V extends FieldValues, C, O extends FieldValues>(
  resolver: Resolver<V, C, O>,
  state: { isSubmitting: () => boolean; hasError: (path: string) => boolean },
): Resolver<V, C, O> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    if (state.isSubmitting() || Object.keys(result.errors).length === 0) return result;
    const errors = dropBlankRowErrors(result.errors as FieldErrors, values, state.hasError);
    return { ...result, errors } as typeof result;
  };
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

function valueAt(values: unknown, path: string[]): unknown {
  return path.reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), values);
}

/** The errors without those on blank cells of list rows that are not already shown. Pure, for the test. */
export function dropBlankRowErrors(errors: FieldErrors, values: unknown, hasError: (path: string) => boolean): FieldErrors {
  const walk = (node: unknown, path: string[], inRow: boolean): unknown => {
    if (!node || typeof node !== "object") return node;
    const n = node as Record<string, unknown>;
    if (typeof n.message === "string" || typeof n.type === "string") {
      const dotted = path.join(".");
      return inRow && isBlank(valueAt(values, path)) && !hasError(dotted) ? undefined : node;
    }
    const out: Record<string, unknown> | unknown[] = Array.isArray(node) ? [] : {};
    let kept = false;
    for (const [key, child] of Object.entries(n)) {
      const next = walk(child, [...path, key], inRow || /^\d+$/.test(key));
      if (next !== undefined) {
        (out as Record<string, unknown>)[key] = next;
        kept = true;
      }
    }
    return kept ? out : undefined;
  };
  return (walk(errors, [], false) ?? {}) as FieldErrors;
}

/**
 * The resolver of one form, created once (in useState) with what it needs to
 * know at validation time: whether a submit is running, and the form's current
 * errors (connected after the form exists).
 */
export function createRowAwareResolver<V extends FieldValues, C, O extends FieldValues>(resolver: Resolver<V, C, O>) {
  const state: { submitting: boolean; getFieldState: ((name: string) => { error?: unknown }) | null } = {
    submitting: false,
    getFieldState: null,
  };
  return {
    resolver: deferBlankRowErrors(resolver, {
      isSubmitting: () => state.submitting,
      hasError: (path) => Boolean(state.getFieldState?.(path).error),
    }),
    connect: (getFieldState: (name: string) => { error?: unknown }) => {
      state.getFieldState = getFieldState;
    },
    whileSubmitting: async (run: () => Promise<void>) => {
      state.submitting = true;
      try {
        await run();
      } finally {
        state.submitting = false;
      }
    },
  };
}
