"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { copyDelegationPeopleAction } from "@/app/(app)/delegations/actions";
import type { LeaderRank } from "@/lib/domain/enums";

export type CopiedPeople = {
  leaderName: string;
  leaderTitle: string | null;
  leaderRank: LeaderRank;
  members: { name: string; title: string | null; organisation: string | null }[];
};

/** Picks an earlier outgoing delegation and hands its leader and members to the form. */
export function CopyPeople({ sources, onCopy }: { sources: { value: string; label: string }[]; onCopy: (people: CopiedPeople) => void }) {
  const t = useTranslations("delegations");
  const [chosen, setChosen] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  if (sources.length === 0) return <p className="text-sm text-slate-600">{t("copyNone")}</p>;
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
      <p className="text-sm font-medium text-slate-800">{t("copyTitle")}</p>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor="copy-source" className="field-label">
            {t("copyLabel")}
          </label>
          <select id="copy-source" className="input" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t("copyChoose")}</option>
            {sources.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="btn-secondary"
          disabled={!chosen || pending}
          onClick={() =>
            start(async () => {
              const result = await copyDelegationPeopleAction({ id: Number(chosen) });
              if (!result.ok) return setMessage({ ok: false, text: result.error });
              onCopy(result.data);
              setMessage({ ok: true, text: t("copied", { count: result.data.members.length }) });
            })
          }
        >
          {t("copyButton")}
        </button>
      </div>
      <p role="status" className={message?.ok === false ? "field-error" : "mt-2 text-sm text-green-800"}>
        {message?.text ?? ""}
      </p>
    </div>
  );
}
