"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { archiveSavedViewAction, updateSavedViewAction } from "@/app/(app)/saved-views/actions";
import { FormNotices } from "@/components/forms/form-notices";
import { TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/use-action-form";
import type { SavedViewItem } from "@/db/queries/saved-views";
import { savedViewFormSchema } from "@/lib/validation/saved-view";

/** The viewer's own views: open, rename or share (one form at a time), archive (after a confirmation). */
export function OwnViews({ views, shareLabel }: { views: SavedViewItem[]; shareLabel: string | null }) {
  const t = useTranslations("views");
  const [editing, setEditing] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const archive = (view: SavedViewItem) =>
    startTransition(async () => {
      const result = await archiveSavedViewAction({ id: view.id, version: view.version });
      setConfirming(null);
      if (result.ok) {
        setError(null);
        setStatus(t("manage.archived", { name: view.name }));
        router.refresh();
      } else setError(result.error);
    });
  if (views.length === 0) return <p className="text-sm text-slate-700">{t("manage.noneOwn")}</p>;
  return (
    <div>
      {status ? (
        <p role="status" className="mb-3 text-sm text-green-900">
          {status}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mb-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <ul className="divide-y divide-slate-200" data-testid="own-views">
        {views.map((view) => (
          <li key={view.id} className="py-3">
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <Link href={view.href} className="font-medium">
                {view.name}
              </Link>
              <span className="text-sm text-slate-600">{t(`lists.${view.list}`)}</span>
              <span className="badge bg-slate-100 text-slate-800">{view.shared ? t("manage.shared") : t("manage.private")}</span>
              <span className="ml-auto flex flex-wrap gap-2">
                <button
                  type="button"
                  className="btn-secondary py-1"
                  aria-expanded={editing === view.id}
                  onClick={() => {
                    setEditing(editing === view.id ? null : view.id);
                    setStatus(null);
                  }}
                >
                  {t("manage.edit")}
                  <span className="sr-only">: {view.name}</span>
                </button>
                {confirming === view.id ? null : (
                  <button type="button" className="btn-secondary py-1" onClick={() => setConfirming(view.id)}>
                    {t("manage.archive")}
                    <span className="sr-only">: {view.name}</span>
                  </button>
                )}
              </span>
            </div>
            {confirming === view.id ? (
              <div
                role="alertdialog"
                aria-label={t("manage.archive")}
                className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
              >
                <p>{t("manage.archiveConfirm", { name: view.name })}</p>
                <div className="mt-2 flex gap-2">
                  <button type="button" className="btn-danger py-1" disabled={pending} onClick={() => archive(view)}>
                    {t("manage.archive")}
                  </button>
                  <button type="button" className="btn-secondary py-1" onClick={() => setConfirming(null)}>
                    {t("save.cancel")}
                  </button>
                </div>
              </div>
            ) : null}
            {editing === view.id ? (
              <EditView
                view={view}
                shareLabel={shareLabel}
                onDone={() => {
                  setEditing(null);
                  setStatus(t("manage.updated"));
                  router.refresh();
                }}
                onCancel={() => setEditing(null)}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function EditView({
  view,
  shareLabel,
  onDone,
  onCancel,
}: {
  view: SavedViewItem;
  shareLabel: string | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("views");
  const { form, submit, pending, serverError, stale, setStale } = useActionForm({
    schema: savedViewFormSchema,
    action: (values) => updateSavedViewAction({ ...values, id: view.id, version: view.version }),
    defaultValues: { name: view.name, shared: view.shared },
    onSuccess: onDone,
  });
  const labels = { name: t("save.name"), shared: shareLabel ?? t("manage.sharing") };
  return (
    <form noValidate onSubmit={submit} className="mt-3 max-w-md space-y-3" aria-label={t("manage.editTitle", { name: view.name })}>
      <FormNotices form={form} stale={stale} setStale={setStale} serverError={serverError} labels={labels} />
      <TextField form={form} name="name" label={t("save.name")} required />
      {shareLabel || view.shared ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-0.5 h-4 w-4 accent-brand-700" {...form.register("shared")} />
          {shareLabel ?? t("manage.shared")}
        </label>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" className="btn-primary py-1.5" disabled={pending}>
          {t("save.submit")}
        </button>
        <button type="button" className="btn-secondary py-1.5" onClick={onCancel}>
          {t("save.cancel")}
        </button>
      </div>
    </form>
  );
}
