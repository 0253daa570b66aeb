"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createUserAction } from "@/app/(app)/admin/users/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField, type AnyForm, type Option } from "@/components/forms/fields";
import { UnsavedChangesGuard } from "@/components/forms/unsaved-changes-guard";
import { useActionForm } from "@/components/forms/use-action-form";
import type { Role } from "@/lib/domain/enums";
import { createUserSchema } from "@/lib/validation/user";
import { useUserLabels } from "./use-user-labels";
import { UserFields, type UserFormValues } from "./user-fields";

export function CreateUserForm({ roles, provinces }: { roles: Role[]; provinces: Option[] }) {
  const t = useTranslations("admin.form");
  const tc = useTranslations("common");
  const router = useRouter();
  const labels = useUserLabels();
  const { form, submit, pending, serverError } = useActionForm({
    schema: createUserSchema,
    action: createUserAction,
    defaultValues: {
      name: "",
      email: "",
      role: roles.includes("city_staff") ? "city_staff" : (roles[0] ?? "viewer"),
      provinceCode: "",
      localityId: null,
      password: "",
    },
    onSuccess: (data) => router.push(`/admin/users/${data.id}?created=1`),
  });
  return (
    <form onSubmit={submit} noValidate className="card max-w-2xl space-y-5 p-6">
      <ErrorSummary errors={form.formState.errors} serverError={serverError} labels={labels} submitCount={form.formState.submitCount} />
      <UnsavedChangesGuard dirty={form.formState.isDirty && !form.formState.isSubmitSuccessful} />
      <UserFields form={form as unknown as AnyForm<UserFormValues>} roles={roles} provinces={provinces} localityName={null} />
      <TextField
        form={form}
        name="password"
        type="password"
        label={labels.password ?? ""}
        hint={t("passwordHint")}
        required
        autoComplete="new-password"
      />
      <div className="flex gap-3">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? tc("saving") : t("create")}
        </button>
      </div>
    </form>
  );
}
