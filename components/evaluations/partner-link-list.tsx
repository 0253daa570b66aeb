"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { revokePartnerLinkAction } from "@/app/(app)/evaluations/actions";
import type { ActivityTrend, PartnerLanguage, PartnershipPurpose, PartnershipStatus } from "@/lib/domain/enums";

export type PartnerLinkItem = {
  id: number;
  language: PartnerLanguage;
  recipientEmail: string | null;
  state: "open" | "answered" | "expired" | "revoked";
  createdAt: string;
  expiresAt: string;
  answeredAt: string | null;
  status: PartnershipStatus | null;
  trend: ActivityTrend | null;
  purposes: PartnershipPurpose[] | null;
  comments: string | null;
};

const STATE_KEY = { open: "stateOpen", answered: "stateAnswered", expired: "stateExpired", revoked: "stateRevoked" } as const;

/** The links sent for an evaluation, with the partner's answers and a revoke button for open ones. */
export function PartnerLinkList({ links, canManage }: { links: PartnerLinkItem[]; canManage: boolean }) {
  const t = useTranslations("partner");
  const te = useTranslations("enums");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  if (links.length === 0) return <p className="text-sm text-slate-700">{t("none")}</p>;
  const revoke = (id: number) =>
    startTransition(async () => {
      const result = await revokePartnerLinkAction({ id });
      setMessage(result.ok ? t("revoked") : result.error);
      router.refresh();
    });
  return (
    <div className="space-y-3">
      {message ? (
        <p role="status" className="text-sm text-slate-800">
          {message}
        </p>
      ) : null}
      <ul className="space-y-3">
        {links.map((link) => (
          <li key={link.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="partner-link">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p>
                <span className="font-medium">{t(`languages.${link.language}`)}</span>
                {link.recipientEmail ? <span className="text-slate-600"> · {link.recipientEmail}</span> : null}
                <span className="text-slate-600">
                  {" "}
                  · {t("sentOn")} {date(link.createdAt)} · {t("expires")} {date(link.expiresAt)}
                </span>
              </p>
              <span className="badge bg-slate-100 text-slate-800">{t(STATE_KEY[link.state])}</span>
            </div>
            {link.answeredAt ? (
              <div className="mt-2 rounded bg-slate-50 p-2">
                <p className="font-medium">{t("answerTitle", { date: date(link.answeredAt) })}</p>
                <p>
                  {link.status ? te(`partnershipStatus.${link.status}`) : "—"} · {link.trend ? te(`activityTrend.${link.trend}`) : "—"}
                </p>
                {link.purposes?.length ? <p>{link.purposes.map((p) => te(`purpose.${p}`)).join("; ")}</p> : null}
                {link.comments ? (
                  <p className="whitespace-pre-line">
                    {t("comments")}: {link.comments}
                  </p>
                ) : null}
              </div>
            ) : null}
            {canManage && link.state === "open" ? (
              <button type="button" className="btn-danger mt-2" disabled={pending} onClick={() => revoke(link.id)}>
                {t("revoke")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
