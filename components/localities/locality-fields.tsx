"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextAreaField, TextField, type AnyForm, type Option } from "@/components/forms/fields";
import { LOCALITY_LEVELS } from "@/lib/domain/enums";
import type { LocalityInput } from "@/lib/validation/locality";

export type LocalityChoices = { countries: Option[]; provinces: Option[] };

/** The fields of a locality, shared by the directory's form and the pickers' "new locality" dialog. */
export function LocalityFields({
  form,
  choices,
  compact = false,
  lockCountry = false,
}: {
  form: AnyForm<LocalityInput>;
  choices: LocalityChoices;
  compact?: boolean;
  lockCountry?: boolean;
}) {
  const t = useTranslations("localities.fields");
  const th = useTranslations("localities.hints");
  const te = useTranslations("enums.localityLevel");
  const tc = useTranslations("common");
  const country = form.watch("countryCode");
  const isChina = country === "CN";
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <TextField form={form} name="nameLocal" label={t("nameLocal")} hint={th("nameLocal")} required />
      <TextField form={form} name="nameRomanised" label={t("nameRomanised")} hint={th("nameRomanised")} required />
      {/* Ours are named in Chinese already; a place abroad gets its usual Chinese name (神户市). */}
      {isChina ? null : <TextField form={form} name="nameZh" label={t("nameZh")} hint={th("nameZh")} />}
      {lockCountry ? null : (
        <SelectField
          form={form}
          name="countryCode"
          label={t("countryCode")}
          options={choices.countries}
          placeholder={tc("notSet")}
          required
        />
      )}
      {isChina ? (
        <SelectField
          form={form}
          name="provinceCode"
          label={t("provinceCode")}
          options={choices.provinces}
          placeholder={tc("notSet")}
          required
        />
      ) : (
        <TextField form={form} name="stateName" label={t("stateName")} hint={th("stateName")} />
      )}
      <SelectField
        form={form}
        name="level"
        label={t("level")}
        options={LOCALITY_LEVELS.map((l) => ({ value: l, label: te(l) }))}
        required
      />
      {compact ? null : (
        <>
          <TextField form={form} name="latitude" label={t("latitude")} hint={th("latitude")} inputMode="decimal" />
          <TextField form={form} name="longitude" label={t("longitude")} hint={th("longitude")} inputMode="decimal" />
          <TextAreaField form={form} name="notes" label={t("notes")} className="sm:col-span-2" rows={3} />
        </>
      )}
    </div>
  );
}

/** Labels of the locality fields by name, for the error summary and the stale notice. */
export function useLocalityLabels(): Record<string, string> {
  const t = useTranslations("localities.fields");
  const names = [
    "nameLocal",
    "nameRomanised",
    "nameZh",
    "countryCode",
    "provinceCode",
    "stateName",
    "level",
    "latitude",
    "longitude",
    "notes",
  ] as const;
  return Object.fromEntries(names.map((n) => [n, t(n)]));
}

export const EMPTY_LOCALITY: LocalityInput = {
  countryCode: "",
  provinceCode: "",
  stateName: "",
  nameLocal: "",
  nameRomanised: "",
  nameZh: "",
  level: "city",
  latitude: "",
  longitude: "",
  notes: "",
};
