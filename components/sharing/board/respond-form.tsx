"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { respondToPartnerRequestAction } from "@/app/(app)/sharing/board/actions";
import { FormNotices } from "@/components/forms/form-notices";
import { TextAreaField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { partnerResponseSchema } from "@/lib/validation/partner-request";

/** A message to the post's office: sent, stored, shown on their post page and announced on their dashboard. */
export function RespondForm({ requestId }: { requestId: number }) {
  const t = useTranslations("board.responses");
  const router = useRouter();
  const [sent, setSent] = useState(false);
  const { form, submit, pending, serverError } = useActionForm({
    schema: partnerResponseSchema,
    action: respondToPartnerRequestAction,
    defaultValues: { requestId, message: "" },
    onSuccess: () => {
      form.reset({ requestId, message: "" });
      setSent(true);
      router.refresh();
    },
  });
  return (
    <form noValidate onSubmit={submit} className="card space-y-4 p-5" aria-labelledby="respond-title">
      <h2 id="respond-title" className="text-lg font-semibold">
        {t("write")}
      </h2>
      <FormNotices form={form} stale={null} serverError={serverError} labels={{ message: t("message") }} />
      {sent ? (
        <p role="status" className="text-sm text-emerald-800">
          {t("sent")}
        </p>
      ) : null}
      <TextAreaField form={form} name="message" label={t("message")} hint={t("messageHint")} rows={4} required />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("send")}
      </button>
    </form>
  );
}
