"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { updateUserAction } from "@/app/(app)/admin/users/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { AnyForm, Option } from "@/components/forms/fields";
import { StaleNotice } from "@/components/forms/stale-notice";
import { UnsavedChangesGuard } from "@/components/forms/unsaved-changes-guard";
import { useActionForm } from "@/components/forms/use-action-form";
import type { Role } from "@/lib/domain/enums";
import { updateUserSchema } from "@/lib/validation/user";
import { useFormatAuditValue } from "./use-format-audit-value";
import { useUserLabels } from "./use-user-labels";
import { UserFields, type UserFormValues } from "./user-fields";

export type EditableUser = UserFormValues & { id: number; version: number; localityName: string | null };

/** The edit form, loaded at one version; a save based on an older one shows who changed what instead. */
export function EditUserForm({
  user,
  roles,
  provinces,
  isSelf,
}: {
  user: EditableUser;
  roles: Role[];
  provinces: Option[];
  isSelf: boolean;
}) {
  const tc = useTranslations("common");
  const router = useRouter();
  const labels = useUserLabels();
  const formatValue = useFormatAuditValue();
  const { id, version, name, email, role, provinceCode, localityId } = user;
  const { form, submit, pending, serverError, stale } = useActionForm({
    schema: updateUserSchema,
    action: updateUserAction,
    defaultValues: { id, version, name, email, role, provinceCode, localityId },
    onSuccess: () => router.replace(`/admin/users/${id}?saved=1`, { scroll: false }),
  });
  return (
    <form onSubmit={submit} noValidate className="card space-y-5 p-6">
      {stale ? <StaleNotice stale={stale} labels={labels} formatValue={formatValue} onReload={() => router.refresh()} /> : null}
      <ErrorSummary
        errors={form.formState.errors}
        serverError={stale ? null : serverError}
        labels={labels}
        submitCount={form.formState.submitCount}
      />
      <UnsavedChangesGuard dirty={form.formState.isDirty && !form.formState.isSubmitSuccessful} />
      <input type="hidden" {...form.register("version", { valueAsNumber: true })} />
      <UserFields
        form={form as unknown as AnyForm<UserFormValues>}
        roles={roles}
        provinces={provinces}
        localityName={user.localityName}
        lockRole={isSelf}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? tc("saving") : tc("save")}
      </button>
    </form>
  );
}
