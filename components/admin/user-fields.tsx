"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { SelectField, TextField, type AnyForm, type Option } from "@/components/forms/fields";
import { useErrorText } from "@/components/forms/use-error-text";
import { roleScopeField } from "@/lib/auth/permissions";
import type { Role } from "@/lib/domain/enums";
import { LocalityPicker } from "./locality-picker";

export type UserFormValues = { name: string; email: string; role: Role; provinceCode: string; localityId: number | null };

/** Name, email, role and the scope the role needs: a province, or a locality chosen by type-ahead. */
export function UserFields({
  form,
  roles,
  provinces,
  localityName,
  lockRole,
}: {
  form: AnyForm<UserFormValues>;
  roles: Role[];
  provinces: Option[];
  localityName: string | null;
  lockRole?: boolean;
}) {
  const t = useTranslations("admin");
  const te = useTranslations("enums");
  const errorText = useErrorText();
  const role = useWatch({ control: form.control, name: "role" });
  const localityId = useWatch({ control: form.control, name: "localityId" });
  const localityError = form.formState.errors.localityId?.message;
  const needs = roleScopeField(role);
  return (
    <>
      <TextField form={form} name="name" label={t("fields.name")} required autoComplete="off" />
      <TextField form={form} name="email" type="email" label={t("fields.email")} required autoComplete="off" />
      {lockRole ? (
        <div>
          <p className="field-label">{t("fields.role")}</p>
          <p className="text-sm text-slate-900">{te(`role.${role}`)}</p>
          <p className="field-hint">{t("form.ownRoleHint")}</p>
        </div>
      ) : (
        <SelectField
          form={form}
          name="role"
          label={t("fields.role")}
          required
          options={roles.map((r) => ({ value: r, label: te(`role.${r}`) }))}
        />
      )}
      {needs.province !== "none" ? (
        <SelectField
          form={form}
          name="provinceCode"
          label={t("fields.provinceCode")}
          hint={needs.province === "required" ? t("form.provinceHint") : t("form.provinceViewerHint")}
          required={needs.province === "required"}
          placeholder={needs.province === "required" ? t("form.chooseProvince") : t("form.noProvince")}
          options={provinces}
        />
      ) : null}
      {needs.locality ? (
        <LocalityPicker
          label={t("fields.localityId")}
          hint={t("form.localityHint")}
          required
          value={localityId ?? null}
          initialName={localityName}
          error={localityError ? errorText(localityError) : null}
          onChange={(id) => form.setValue("localityId", id, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })}
        />
      ) : null}
    </>
  );
}
