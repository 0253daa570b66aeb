import type { StaleDetails } from "@/lib/errors/app-error";

/** What every server action answers: data, or a translated error with per-field messages. */
export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors: Record<string, string>; stale?: StaleDetails };
