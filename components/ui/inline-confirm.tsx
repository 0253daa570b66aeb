"use client";

import { useTranslations } from "next-intl";

/** The second step of a destructive button: the question, "yes" (focused) and cancel, in place. */
export function InlineConfirm({
  question,
  yes,
  pending,
  onYes,
  onCancel,
}: {
  question: string;
  yes: string;
  pending: boolean;
  onYes: () => void;
  onCancel: () => void;
}) {
  const tc = useTranslations("common");
  return (
    <div
      role="group"
      aria-labelledby="archive-question"
      className="flex flex-wrap items-center gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-1.5"
    >
      <span id="archive-question" className="text-sm text-slate-900">
        {question}
      </span>
      <button type="button" className="btn-danger py-1" disabled={pending} onClick={onYes} autoFocus>
        {yes}
      </button>
      <button type="button" className="btn-secondary py-1" onClick={onCancel}>
        {tc("cancel")}
      </button>
    </div>
  );
}
