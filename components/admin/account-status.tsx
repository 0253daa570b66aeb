"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { deactivateUserAction, reactivateUserAction, resetPasswordAction } from "@/app/(app)/admin/users/actions";
import type { ActionResult } from "@/lib/server/action-result";

type Props = { id: number; version: number; name: string; active: boolean; isSelf: boolean };

/** Deactivate or reactivate an account, and reset its password (the new one is shown here once). */
export function AccountStatus({ id, version, name, active, isSelf }: Props) {
  const t = useTranslations("admin");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [temporary, setTemporary] = useState<string | null>(null);

  const run = <T,>(call: () => Promise<ActionResult<T>>, onOk: (data: T) => void) =>
    startTransition(async () => {
      setMessage(null);
      setTemporary(null);
      const result = await call();
      if (!result.ok) return setMessage({ kind: "error", text: result.error });
      onOk(result.data);
      router.refresh();
    });
  const ok = (text: string) => () => setMessage({ kind: "ok", text });

  if (isSelf) return <p className="card p-6 text-sm text-slate-700">{t("status.self")}</p>;
  return (
    <div className="space-y-6">
      <section aria-labelledby="status-title" className="card p-6">
        <h2 id="status-title">{t("status.title")}</h2>
        <p className="mt-2 text-sm text-slate-700" data-testid="account-status">
          {active ? t("status.active") : t("status.inactive")}
        </p>
        <button
          type="button"
          className={`${active ? "btn-danger" : "btn-secondary"} mt-4`}
          disabled={pending}
          onClick={() =>
            active
              ? run(() => deactivateUserAction({ id, version }), ok(t("status.deactivated")))
              : run(() => reactivateUserAction({ id, version }), ok(t("status.reactivated")))
          }
        >
          {active ? t("status.deactivate") : t("status.reactivate")}
        </button>
      </section>
      <section aria-labelledby="reset-title" className="card p-6">
        <h2 id="reset-title">{t("reset.title")}</h2>
        <p className="mt-2 text-sm text-slate-700">{t("reset.body")}</p>
        <button
          type="button"
          className="btn-secondary mt-4"
          disabled={pending}
          onClick={() =>
            run(
              () => resetPasswordAction({ id, version }),
              (data) => setTemporary(data.temporaryPassword),
            )
          }
        >
          {t("reset.button")}
        </button>
        {temporary ? (
          <div className="mt-4 rounded-md border border-amber-600 bg-amber-50 p-3 text-sm" data-testid="temporary-password">
            <p className="text-slate-900">{t("reset.done", { name })}</p>
            <p className="mt-1 select-all font-mono text-base font-semibold tracking-wide text-slate-900" translate="no">
              {temporary}
            </p>
            <p className="mt-1 text-slate-700">{t("reset.onceWarning")}</p>
          </div>
        ) : null}
      </section>
      <div aria-live="polite" role="status">
        {message ? (
          <p className={message.kind === "ok" ? "text-sm font-medium text-green-800" : "text-sm font-medium text-red-800"}>
            {message.text}
          </p>
        ) : null}
      </div>
    </div>
  );
}
