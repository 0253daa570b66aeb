"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { createCalendarFeedAction, renewCalendarFeedAction, revokeCalendarFeedAction } from "@/app/(app)/account/actions";
import { useConfirmedStep } from "@/components/ui/use-confirmed-step";
import type { ActionResult } from "@/lib/server/action-result";

type Feed = { id: number; createdAt: Date; lastUsedAt: Date | null } | null;

/** The feed's address: the token is its only credential, so it is shown once, right after it is made. */
const feedUrl = (token: string) => `${window.location.origin}/feeds/calendar/${token}.ics`;

/** One's private calendar feed: create it, renew its address (the old one stops), or revoke it. */
export function CalendarFeed({ feed }: { feed: Feed }) {
  const t = useTranslations("reminders.account");
  const format = useFormatter();
  const { router, message, setMessage, pending, startTransition } = useConfirmedStep();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  /** Calls the action; its data on success (the page is then refreshed), else the refusal is shown and null. */
  async function perform<T>(call: () => Promise<ActionResult<T>>): Promise<T | null> {
    setMessage(null);
    setCopied(false);
    const result = await call();
    if (!result.ok) {
      setMessage({ ok: false, text: result.error });
      return null;
    }
    router.refresh();
    return result.data;
  }
  const run = <T,>(call: () => Promise<ActionResult<T>>, onOk: (data: T) => void) =>
    startTransition(async () => {
      const data = await perform(call);
      if (data !== null) onOk(data);
    });
  const issued = (data: { token: string }) => setUrl(feedUrl(data.token));
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("lead")}</p>
      {feed ? (
        <p className="text-sm text-slate-900" data-testid="calendar-feed-status">
          {t("activeSince", { date: when(feed.createdAt) })}{" "}
          {feed.lastUsedAt ? t("lastUsed", { date: when(feed.lastUsedAt) }) : t("neverUsed")}
        </p>
      ) : (
        <p className="text-sm text-slate-700" data-testid="calendar-feed-status">
          {t("none")}
        </p>
      )}
      {url ? (
        <div className="rounded-md border border-amber-600 bg-amber-50 p-3 text-sm">
          <label htmlFor="calendar-feed-url" className="field-label">
            {t("url")}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="calendar-feed-url"
              className="input min-w-0 flex-1 font-mono"
              readOnly
              value={url}
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              className="btn-secondary"
              onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
            >
              {copied ? t("copied") : t("copy")}
            </button>
          </div>
          <p className="mt-2 text-slate-700">{t("onceWarning")}</p>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {feed ? (
          <>
            <button
              type="button"
              className="btn-secondary"
              disabled={pending}
              onClick={() => run(() => renewCalendarFeedAction({ id: feed.id }), issued)}
            >
              {t("renew")}
            </button>
            <button
              type="button"
              className="btn-danger"
              disabled={pending}
              onClick={() =>
                run(
                  () => revokeCalendarFeedAction({ id: feed.id }),
                  () => {
                    setUrl(null);
                    setMessage({ ok: true, text: t("revoked") });
                  },
                )
              }
            >
              {t("revoke")}
            </button>
          </>
        ) : (
          <button type="button" className="btn-primary" disabled={pending} onClick={() => run(() => createCalendarFeedAction({}), issued)}>
            {t("create")}
          </button>
        )}
      </div>
      <div aria-live="polite" role="status">
        {message ? <p className={`text-sm font-medium ${message.ok ? "text-green-800" : "text-red-800"}`}>{message.text}</p> : null}
      </div>
    </div>
  );
}
