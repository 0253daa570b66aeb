"use client";

import { useCallback, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { searchActivityOptionsAction } from "@/app/(app)/activities/actions";
import { createDelegationAction, updateDelegationAction } from "@/app/(app)/delegations/actions";
import { SaveOrCancel } from "@/components/forms/form-buttons";
import { ChoiceGroupField, fieldId, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { ExchangeFormHead } from "@/components/exchanges/exchange-form-head";
import { MultiPicker, type PickerOption } from "@/components/exchanges/multi-picker";
import { ourLocalitiesOf, usePartnershipSearch } from "@/components/exchanges/use-partnership-search";
import { DELEGATION_DIRECTIONS, DELEGATION_STATUSES, LEADER_RANKS } from "@/lib/domain/enums";
import { delegationCreateSchema, delegationUpdateSchema, ITINERARY_MAX, MEMBERS_MAX } from "@/lib/validation/delegation";
import { CopyPeople, type CopiedPeople } from "./copy-people";
import { RowListEditor } from "./row-list-editor";

const FIELDS = [
  "direction",
  "partnershipIds",
  "ourLocalityId",
  "leaderName",
  "leaderTitle",
  "leaderRank",
  "startDate",
  "endDate",
  "purpose",
  "status",
  "outcomes",
  "members",
  "itinerary",
  "activityIds",
] as const;

function firstMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  if (Array.isArray(error)) return error.find((e) => e?.message)?.message;
  return (error as { message?: string }).message;
}

export function DelegationForm({
  mode,
  defaults,
  initialPartnerships,
  initialActivities,
  copySources,
}: {
  mode: "create" | "edit";
  defaults: Record<string, unknown>;
  initialPartnerships: PickerOption[];
  initialActivities: PickerOption[];
  copySources: { value: string; label: string }[];
}) {
  const t = useTranslations("delegations");
  const te = useTranslations("enums");
  const tp = useTranslations("activities.picker");
  const ta = useTranslations("activities");
  const errorText = useErrorText();
  const router = useRouter();
  const searchPartnerships = usePartnershipSearch();
  const [partners, setPartners] = useState<PickerOption[]>(initialPartnerships);
  const [linked, setLinked] = useState<PickerOption[]>(initialActivities);
  const { form, submit, pending, serverError, stale } = useActionForm({
    schema: (mode === "create" ? delegationCreateSchema : delegationUpdateSchema) as typeof delegationCreateSchema,
    action: (mode === "create" ? createDelegationAction : updateDelegationAction) as typeof createDelegationAction,
    defaultValues: defaults as never,
    onSuccess: (data) => router.push(`/delegations/${data.id}?saved=1`),
  });
  const searchActivities = useCallback(
    async (q: string) => {
      const result = await searchActivityOptionsAction({ q, partnershipIds: partners.map((p) => p.id) });
      return result.ok ? result.data.map((a) => ({ id: a.id, label: `${a.startDate} · ${a.title}` })) : null;
    },
    [partners],
  );
  const errors = form.formState.errors;
  // The summary names a row's field as the form does ("Member 2: Name"), not just "This field is required".
  const rowLabels = (list: "members" | "itinerary", count: number, keys: [string, string][], label: "memberLabel" | "itemLabel") =>
    Array.from({ length: count }, (_, i) =>
      keys.map(([key, field]): [string, string] => [`${list}.${i}.${key}`, t(label, { n: i + 1, field: t(`fields.${field}`) })]),
    ).flat();
  const labels = Object.fromEntries([
    ...FIELDS.map((f) => [f, t(`fields.${f}`)]),
    ...rowLabels(
      "members",
      (form.watch("members") ?? []).length,
      [
        ["name", "memberName"],
        ["title", "memberTitle"],
        ["organisation", "memberOrganisation"],
      ],
      "memberLabel",
    ),
    ...rowLabels(
      "itinerary",
      (form.watch("itinerary") ?? []).length,
      [
        ["date", "itemDate"],
        ["place", "itemPlace"],
        ["description", "itemDescription"],
      ],
      "itemLabel",
    ),
  ]);
  const localities = ourLocalitiesOf(partners);
  const setPartnerships = (next: PickerOption[]) => {
    setPartners(next);
    form.setValue(
      "partnershipIds",
      next.map((o) => o.id),
      { shouldDirty: true, shouldValidate: form.formState.isSubmitted },
    );
  };
  const setActivities = (next: PickerOption[]) => {
    setLinked(next);
    form.setValue(
      "activityIds",
      next.map((o) => o.id),
      { shouldDirty: true },
    );
  };
  const copy = (people: CopiedPeople) => {
    form.setValue("leaderName", people.leaderName, { shouldDirty: true });
    form.setValue("leaderTitle", people.leaderTitle ?? "", { shouldDirty: true });
    form.setValue("leaderRank", people.leaderRank, { shouldDirty: true });
    form.setValue(
      "members",
      people.members.map((m) => ({ name: m.name, title: m.title ?? "", organisation: m.organisation ?? "" })),
      { shouldDirty: true },
    );
  };
  const direction = form.watch("direction");
  return (
    <form onSubmit={submit} noValidate className="max-w-4xl space-y-6">
      <ExchangeFormHead form={form} pending={pending} stale={stale} serverError={serverError} labels={labels} />
      <fieldset className="card space-y-4 p-5">
        <legend className="px-1 text-base font-semibold">{t("sections.basics")}</legend>
        <ChoiceGroupField
          form={form}
          name="direction"
          label={t("fields.direction")}
          required
          options={DELEGATION_DIRECTIONS.map((d) => ({ value: d, label: te(`delegationDirection.${d}`) }))}
        />
        <MultiPicker
          id={fieldId("partnershipIds")}
          label={t("fields.partnershipIds")}
          hint={t("hints.partnershipIds")}
          required
          value={partners}
          onChange={setPartnerships}
          search={searchPartnerships}
          noResultsText={tp("noResults")}
          error={errors.partnershipIds ? errorText(firstMessage(errors.partnershipIds)) : null}
        />
        {localities.length > 1 ? (
          <SelectField
            form={form}
            name="ourLocalityId"
            label={t("fields.ourLocalityId")}
            options={localities}
            placeholder={localities[0]?.label ?? ""}
          />
        ) : null}
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField form={form} name="startDate" type="date" label={t("fields.startDate")} required />
          <TextField form={form} name="endDate" type="date" label={t("fields.endDate")} />
          <SelectField
            form={form}
            name="status"
            label={t("fields.status")}
            required
            options={DELEGATION_STATUSES.map((s) => ({ value: s, label: te(`delegationStatus.${s}`) }))}
          />
        </div>
        <TextAreaField form={form} name="purpose" rows={3} label={t("fields.purpose")} />
      </fieldset>
      <fieldset className="card space-y-4 p-5">
        <legend className="px-1 text-base font-semibold">{t("sections.leader")}</legend>
        {mode === "create" && direction === "outgoing" ? <CopyPeople sources={copySources} onCopy={copy} /> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="leaderName" label={t("fields.leaderName")} required />
          <TextField form={form} name="leaderTitle" label={t("fields.leaderTitle")} />
          {/* Its own row: the hint explaining how a foreign leader's office maps to a grade would push a column's input out of line. */}
          <SelectField
            form={form}
            name="leaderRank"
            label={t("fields.leaderRank")}
            hint={t("hints.leaderRank")}
            required
            className="max-w-xl sm:col-span-2"
            options={LEADER_RANKS.map((r) => ({ value: r, label: te(`leaderRank.${r}`) }))}
          />
        </div>
      </fieldset>
      <RowListEditor
        form={form}
        name="members"
        legend={t("sections.members")}
        columns={[
          { key: "name", label: t("fields.memberName"), required: true },
          { key: "title", label: t("fields.memberTitle") },
          { key: "organisation", label: t("fields.memberOrganisation") },
        ]}
        empty={t("noMembers")}
        addLabel={t("addMember")}
        removeLabel={(n) => t("removeMember", { n })}
        rowLabel={(n, field) => t("memberLabel", { n, field })}
        blank={{ name: "", title: "", organisation: "" }}
        max={MEMBERS_MAX}
      />
      <RowListEditor
        form={form}
        name="itinerary"
        legend={t("sections.itinerary")}
        columns={[
          { key: "date", label: t("fields.itemDate"), type: "date", required: true },
          { key: "place", label: t("fields.itemPlace") },
          { key: "description", label: t("fields.itemDescription"), required: true },
        ]}
        empty={t("noItems")}
        addLabel={t("addItem")}
        removeLabel={(n) => t("removeItem", { n })}
        rowLabel={(n, field) => t("itemLabel", { n, field })}
        blank={{ date: String(form.getValues("startDate") ?? ""), place: "", description: "" }}
        max={ITINERARY_MAX}
      />
      <fieldset className="card space-y-4 p-5">
        <legend className="px-1 text-base font-semibold">{t("sections.activities")}</legend>
        <MultiPicker
          id={fieldId("activityIds")}
          label={t("fields.activityIds")}
          hint={t("hints.activityIds")}
          value={linked}
          onChange={setActivities}
          search={searchActivities}
          noResultsText={ta("empty")}
          error={errors.activityIds ? errorText(firstMessage(errors.activityIds)) : null}
        />
        <TextAreaField form={form} name="outcomes" label={t("fields.outcomes")} />
      </fieldset>
      <SaveOrCancel
        pending={pending}
        saveLabel={t("save")}
        cancelHref={mode === "edit" ? `/delegations/${String(defaults.id)}` : "/delegations"}
        cancelLabel={t("cancel")}
        className="flex flex-wrap items-center gap-3"
      />
    </form>
  );
}
