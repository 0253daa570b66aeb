"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { createPartnerLinkAction } from "@/app/(app)/evaluations/actions";
import { PARTNER_LANGUAGES, type PartnerLanguage } from "@/lib/domain/enums";
import { partnerLinkCreateSchema } from "@/lib/validation/partner-link";
import { CreatedLink } from "./partner-link-created";
import { PartnerLinkList, type PartnerLinkItem } from "./partner-link-list";

/**
 * The partner side's part of an evaluation: create a link (shown once),
 * see the links sent, revoke them, and read the answers received.
 */
export function PartnerLinksPanel({
  evaluationId,
  defaultLanguage,
  links,
  canManage,
}: {
  evaluationId: number;
  defaultLanguage: PartnerLanguage;
  links: PartnerLinkItem[];
  canManage: boolean;
}) {
  const t = useTranslations("partner");
  const [created, setCreated] = useState<{ url: string; expiresAt: string; email: string } | null>(null);
  const { form, submit, pending, serverError } = useActionForm({
    schema: partnerLinkCreateSchema,
    action: createPartnerLinkAction,
    defaultValues: { evaluationId, language: defaultLanguage, recipientEmail: "", validDays: 14 },
    onSuccess: (data) =>
      setCreated({
        url: `${window.location.origin}/partner/${data.token}`,
        expiresAt: data.expiresAt,
        email: form.getValues("recipientEmail"),
      }),
  });
  const labels = { language: t("language"), recipientEmail: t("recipientEmail"), validDays: t("validDays") };
  return (
    <section aria-labelledby="partner-links-title" className="card space-y-4 p-5">
      <div>
        <h2 id="partner-links-title" className="text-base">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      </div>
      {canManage ? (
        <form noValidate onSubmit={submit} className="space-y-3" aria-label={t("create")}>
          <ErrorSummary errors={form.formState.errors} serverError={serverError} labels={labels} submitCount={form.formState.submitCount} />
          <div className="grid gap-3 sm:grid-cols-3">
            <SelectField
              form={form}
              name="language"
              label={labels.language}
              options={PARTNER_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            />
            <TextField form={form} name="recipientEmail" type="email" label={labels.recipientEmail} autoComplete="off" />
            <TextField form={form} name="validDays" type="number" inputMode="numeric" label={labels.validDays} />
          </div>
          <button type="submit" className="btn-secondary" disabled={pending}>
            {t("create")}
          </button>
        </form>
      ) : null}
      {created ? <CreatedLink url={created.url} expiresAt={created.expiresAt} email={created.email} /> : null}
      <PartnerLinkList links={links} canManage={canManage} />
    </section>
  );
}
