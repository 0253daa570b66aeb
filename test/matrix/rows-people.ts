import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { RULES, judgeAction, type Expectation, type Outcome, type Row } from "./judge";
import { act, search } from "./call";
import { fresh, ROLE_KEYS } from "./world";

const U = "(app)/admin/users/actions.ts#";
const PASSWORD = "Quiet-Harbour-Lantern-2931";
/** A change to an active account of the scope, at its first version (deactivating it, resetting its password). */
const managedUser = act((w, scope) => ({ id: w.user(scope).id, version: 1 }));
let knownHash: Promise<string> | null = null;

const form = (data: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(data)) fd.set(k, v);
  return fd;
};

const everyone = (own: Outcome, foreign: Outcome = own): Expectation =>
  Object.fromEntries(ROLE_KEYS.map((r) => [r, [own, foreign]])) as unknown as Expectation;

/** A public action answers without throwing; `refused` tells whether what it answered is a refusal. */
const publicCall =
  (
    args: (w: Parameters<Row["run"]>[1], scope: Parameters<Row["run"]>[2]) => unknown[],
    refused: (result: unknown) => boolean,
  ): Row["run"] =>
  async (call, w, scope) => {
    const result = await call(...args(w, scope));
    return { outcome: refused(result) ? "refused" : "ok", message: "" };
  };

export const peopleRows: Row[] = [
  {
    target: `${U}createUserAction`,
    variant: "city staff of a locality",
    writes: true,
    expect: RULES.adminScoped,
    run: act((w, scope) => ({
      name: fresh("Staff"),
      email: `${fresh("staff")}@test.example`,
      role: "city_staff",
      provinceCode: "",
      localityId: w.ours[scope],
      password: PASSWORD,
    })),
  },
  {
    target: `${U}updateUserAction`,
    variant: "rename an account",
    writes: true,
    expect: RULES.adminScoped,
    run: act((w, scope) => {
      const target = w.user(scope);
      return {
        id: target.id,
        version: 1,
        name: fresh("Renamed"),
        email: target.email,
        role: "city_staff",
        provinceCode: "",
        localityId: w.ours[scope],
      };
    }),
  },
  {
    target: `${U}deactivateUserAction`,
    variant: "deactivate",
    writes: true,
    expect: RULES.adminScoped,
    run: managedUser,
  },
  {
    target: `${U}reactivateUserAction`,
    variant: "reactivate",
    writes: true,
    expect: RULES.adminScoped,
    run: act((w, scope) => ({ id: w.user(scope, false).id, version: 1 })),
  },
  {
    target: `${U}resetPasswordAction`,
    variant: "reset a password",
    writes: true,
    expect: RULES.adminScoped,
    run: managedUser,
  },
  {
    target: `${U}searchLocalitiesAction`,
    variant: "locality picker of the user form",
    writes: false,
    expect: { ...RULES.adminScoped, province_admin: ["ok", "hidden"] },
    run: search((w, scope) => {
      const id = w.ourLocality(scope);
      return { input: { q: w.db.$client.prepare("select name_romanised from localities where id = ?").pluck().get(id) as string }, id };
    }),
  },
  {
    target: "(app)/account/actions.ts#changePasswordAction",
    variant: "one's own password (no one else's can be reached)",
    writes: true,
    scopes: ["own"],
    expect: RULES.readAll,
    run: async (call, w, _scope, viewer) => {
      knownHash ??= hashPassword(PASSWORD);
      if (viewer)
        w.db
          .update(users)
          .set({ passwordHash: await knownHash })
          .where(eq(users.id, viewer.id))
          .run();
      const next = `${PASSWORD}-${fresh("n")}`;
      return judgeAction(await call({ currentPassword: PASSWORD, newPassword: next, confirmPassword: next }));
    },
  },
  {
    target: "(auth)/sign-in/actions.ts#signInAction",
    variant: "public: a wrong password is refused, whoever asks",
    writes: false,
    scopes: ["own"],
    expect: everyone("refused"),
    run: publicCall(
      (w) => [{ error: null, email: "" }, form({ email: w.people.city_staff.email, password: "not the password" })],
      (r) => (r as { error: string | null }).error !== null,
    ),
  },
  {
    target: "actions/sign-out.ts#signOutAction",
    variant: "public: ending one's session",
    writes: false,
    scopes: ["own"],
    expect: everyone("ok"),
    run: publicCall(
      () => [],
      () => false,
    ),
  },
  {
    target: "actions/locale.ts#setLocaleAction",
    variant: "public: choosing the language",
    writes: true,
    scopes: ["own"],
    expect: everyone("ok"),
    run: publicCall(
      () => [form({ locale: "zh-CN" })],
      () => false,
    ),
  },
  {
    target: "partner/[token]/actions.ts#answerPartnerAction",
    variant: "public: the token is the only authority (own: a live link; foreign: a revoked one)",
    writes: true,
    expect: everyone("ok", "refused"),
    run: publicCall(
      (w, scope) => {
        const link = w.partnerLink("own");
        if (scope === "foreign") w.db.$client.prepare("update partner_links set revoked_at = ? where id = ?").run(Date.now(), link.id);
        const fd = form({ token: link.token, status: "good", trend: "about_same", comments: "" });
        fd.append("purposes", "widen_external_exchanges");
        return [{ done: false, problem: null, errors: {} }, fd];
      },
      (r) => !(r as { done: boolean }).done,
    ),
  },
];
