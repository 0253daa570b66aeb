"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { changePasswordSchema } from "@/lib/validation/auth";

/**
 * The current password, then the new one twice. The change ends every earlier
 * session, this one included, so the form signs in again with the new password,
 * then stays (the account page) or goes on to `afterChange` (the first-sign-in page).
 */
export function ChangePasswordForm({ email, afterChange }: { email: string; afterChange?: string }) {
  const t = useTranslations("account.password");
  const tc = useTranslations("common");
  const router = useRouter();
  const [changed, setChanged] = useState(false);
  const renewSession = async (password: string) => {
    await signIn("credentials", { email, password, redirect: false });
    setChanged(true);
    if (afterChange) router.replace(afterChange);
    else router.refresh();
  };
  const { form, submit, pending, serverError } = useActionForm({
    schema: changePasswordSchema,
    action: changePasswordAction,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    onSuccess: () => {
      const password = form.getValues("newPassword");
      form.reset({ currentPassword: "", newPassword: "", confirmPassword: "" });
      void renewSession(password);
    },
  });
  const labels = { currentPassword: t("current"), newPassword: t("new"), confirmPassword: t("confirm") };
  return (
    <form
      onSubmit={(e) => {
        setChanged(false);
        return submit(e);
      }}
      noValidate
      className="space-y-4"
    >
      <ErrorSummary errors={form.formState.errors} serverError={serverError} labels={labels} submitCount={form.formState.submitCount} />
      <div role="status" aria-live="polite">
        {changed ? <p className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">{t("changed")}</p> : null}
      </div>
      <TextField
        form={form}
        name="currentPassword"
        type="password"
        label={labels.currentPassword}
        required
        autoComplete="current-password"
      />
      <TextField
        form={form}
        name="newPassword"
        type="password"
        label={labels.newPassword}
        hint={t("newHint")}
        required
        autoComplete="new-password"
      />
      <TextField form={form} name="confirmPassword" type="password" label={labels.confirmPassword} required autoComplete="new-password" />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? tc("saving") : t("submit")}
      </button>
    </form>
  );
}
