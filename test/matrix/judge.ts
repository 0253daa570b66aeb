import type { Viewer } from "@/lib/auth/viewer";
import { english } from "./intl";
import type { RoleKey, Scope, World } from "./world";

/**
 * What a call came to: done ("ok"), refused for who is asking ("refused"),
 * done but without the record in the answer ("hidden", for searches), or asked
 * to sign in ("signedOut"). Anything else (a validation error, an unexpected
 * error) is reported as "failed: <message>", which no row expects.
 */
export type Outcome = "ok" | "hidden" | "refused" | "signedOut";
export type Verdict = { outcome: Outcome | `failed: ${string}`; message: string };
/** Per role, the outcome on a record of their own scope and on one outside it. */
export type Expectation = Record<RoleKey, readonly [own: Outcome, foreign: Outcome]>;

export type Row = {
  /** "<file under app>#<export>", as test/matrix/targets.ts lists them. */
  target: string;
  /** What this row tries, when an export has several. */
  variant: string;
  /** Writes: a refusal must leave every table and the audit log as they were. */
  writes: boolean;
  /** Only "own" when the call can only ever reach the caller's own things (their password). */
  scopes?: readonly Scope[];
  /** The row changes shared records (Tianjin's province): each case gets a world of its own. */
  isolated?: boolean;
  expect: Expectation;
  run: (call: (...args: unknown[]) => Promise<unknown>, w: World, scope: Scope, viewer: Viewer | null) => Promise<Verdict>;
};

/** A rule's own way of saying no (a message of its own, or a field's error), beside forbidden and not found. */
export type Refusal = (message: string, fieldErrors: Record<string, string>) => boolean | Promise<boolean>;

let refusals: string[] | null = null;
async function refusalMessages(): Promise<string[]> {
  refusals ??= [await english("errors.forbidden"), await english("errors.notFound")];
  return refusals;
}

/** Judges an ActionResult; `extraRefusals` are further messages that mean "refused" (a rule's own message). */
export async function judgeAction(
  result: unknown,
  opts: { sees?: (data: unknown) => boolean; extraRefusals?: Refusal } = {},
): Promise<Verdict> {
  const r = result as { ok: boolean; data?: unknown; error?: string; fieldErrors?: Record<string, string> };
  if (r.ok) return { outcome: opts.sees && !opts.sees(r.data) ? "hidden" : "ok", message: "" };
  const message = r.error ?? "";
  if (message === (await english("errors.signedOut"))) return { outcome: "signedOut", message };
  if ((await refusalMessages()).includes(message) || (await opts.extraRefusals?.(message, r.fieldErrors ?? {})))
    return { outcome: "refused", message };
  return { outcome: `failed: ${message} ${JSON.stringify(r.fieldErrors ?? {})}`, message };
}

let generic: Set<string> | null = null;
/** A message of the errors namespace that names a rule (not a generic failure, a validation or a state error). */
export async function isSpecificRefusal(message: string): Promise<boolean> {
  if (!generic) {
    const keys = [
      "invalidInput",
      "unexpected",
      "stale",
      "campaignNotOpen",
      "campaignNotDraft",
      "evaluationNotSubmitted",
      "evaluationLocked",
    ];
    generic = new Set(await Promise.all(keys.map((key) => english(`errors.${key}`))));
  }
  return message !== "" && !generic.has(message);
}

/** Judges a route's Response by its status, reading the body (so that a streamed export closes its reader). */
export async function judgeResponse(response: Response): Promise<Verdict> {
  const body = await response.text();
  if (response.status === 200) return { outcome: "ok", message: "" };
  if (response.status === 401) return { outcome: "signedOut", message: body };
  if (response.status === 403 || response.status === 404) return { outcome: "refused", message: body };
  return { outcome: `failed: ${response.status} ${body.slice(0, 200)}`, message: body };
}

const O = { ok: ["ok", "ok"], own: ["ok", "refused"], none: ["refused", "refused"], out: ["signedOut", "signedOut"] } as const;

/** The rules of the issue, as expectations. */
export const RULES = {
  /** Records are edited within one's scope: a nation, a province, a locality; viewers edit nothing. */
  scopedWrite: { national_admin: O.ok, province_admin: O.own, city_staff: O.own, viewer: O.none, anonymous: O.out },
  /** Only national administrators (campaigns; a locality's province; shared foreign localities). */
  nationalOnly: { national_admin: O.ok, province_admin: O.none, city_staff: O.none, viewer: O.none, anonymous: O.out },
  /** Administrators within their scope (users, merges, reviews). */
  adminScoped: { national_admin: O.ok, province_admin: O.own, city_staff: O.none, viewer: O.none, anonymous: O.out },
  /** Administrators, whatever the record's scope (review tools that limit their content by scope). */
  admins: { national_admin: O.ok, province_admin: O.ok, city_staff: O.none, viewer: O.none, anonymous: O.out },
  /** Reading is shared nationally with everyone signed in. */
  readAll: { national_admin: O.ok, province_admin: O.ok, city_staff: O.ok, viewer: O.ok, anonymous: O.out },
  /** Exports: every role that may export, whatever is asked for (reading is national). */
  exporters: { national_admin: O.ok, province_admin: O.ok, city_staff: O.ok, viewer: O.none, anonymous: O.out },
  /** Search for a write: records in one's scope only ("hidden" otherwise). */
  searchForWrite: {
    national_admin: O.ok,
    province_admin: ["ok", "hidden"],
    city_staff: ["ok", "hidden"],
    viewer: ["hidden", "hidden"],
    anonymous: O.out,
  },
  /** Refused to everyone, signed in or not. */
  nobody: { national_admin: O.none, province_admin: O.none, city_staff: O.none, viewer: O.none, anonymous: O.none },
} satisfies Record<string, Expectation>;
