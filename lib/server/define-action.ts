import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getDb } from "@/db/client";
import type { Db } from "@/db/connection";
import { getViewer, type SessionViewer } from "@/lib/auth/session";
import { hasCapability, type Capability } from "@/lib/auth/permissions";
import { AppError, StaleVersionError } from "@/lib/errors/app-error";
import type { ActionResult } from "./action-result";
import { translateMessage, type RootTranslator } from "@/lib/i18n/translate-message";

export type { ActionResult };

type Handler<S extends z.ZodType, T> = (ctx: { viewer: SessionViewer; db: Db; input: z.output<S> }) => Promise<T> | T;

/**
 * The one way to write a server action: authenticate, check the role's
 * capability, parse with the form's own schema, run, revalidate, and answer
 * with a typed, translated result. The handler checks the record's scope.
 */
export function defineAction<S extends z.ZodType, T>(opts: {
  schema: S;
  capability: Capability;
  handler: Handler<S, T>;
  revalidate?: string[] | ((data: T) => string[]);
  /** Only for changing one's own password: the one thing a user with an administrator's password may do. */
  allowBeforePasswordChange?: true;
}): (raw: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    const t = (await getTranslations()) as unknown as RootTranslator;
    const viewer = await getViewer();
    if (!viewer) return failure(t("errors.signedOut"));
    if (viewer.mustChangePassword && !opts.allowBeforePasswordChange) return failure(t("errors.passwordChangeRequired"));
    if (!hasCapability(viewer, opts.capability)) return failure(t("errors.forbidden"));
    const parsed = opts.schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join(".") || "_form";
        fieldErrors[key] ??= translateMessage(t, issue.message);
      }
      return { ok: false, error: t("errors.invalidInput"), fieldErrors };
    }
    try {
      const data = await opts.handler({ viewer, db: getDb(), input: parsed.data });
      const paths = typeof opts.revalidate === "function" ? opts.revalidate(data) : (opts.revalidate ?? []);
      for (const path of paths) revalidatePath(path);
      return { ok: true, data };
    } catch (error) {
      return toFailure(t, error);
    }
  };
}

function failure(error: string): ActionResult<never> {
  return { ok: false, error, fieldErrors: {} };
}

/** Expected errors become their translated message; anything else is logged and reported plainly. */
export function toFailure(t: RootTranslator, error: unknown): ActionResult<never> {
  if (error instanceof AppError) {
    const fieldErrors: Record<string, string> = {};
    for (const [field, messages] of Object.entries(error.fieldErrors)) fieldErrors[field] = translateMessage(t, messages[0]);
    const key = `errors.${error.code}`;
    const message = t.has(key) ? t(key, error.params) : t("errors.unexpected");
    return {
      ok: false,
      error: message,
      fieldErrors,
      ...(error instanceof StaleVersionError ? { stale: error.details } : {}),
    };
  }
  console.error("[action]", error);
  return failure(t("errors.unexpected"));
}
