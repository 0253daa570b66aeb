import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { loadLocality } from "@/db/loaders/locality";
import { LocalityForm } from "@/components/localities/locality-form";
import { formSetup } from "@/db/loaders/partnership-form";
import { PageHeader } from "@/components/ui/page-header";
import { isNationalScope } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import type { Locale } from "@/lib/domain/enums";
import { localityName } from "@/lib/domain/locality-name";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("localities.form");
  return { title: t("editTitleShort") };
}

export default async function EditLocalityPage({ params }: PageProps<"/localities/[id]/edit">) {
  const viewer = await requireCapability("localities.edit");
  const { l, canEdit } = loadLocality(viewer, (await params).id);
  if (!canEdit) redirect("/forbidden");
  const [t, locale] = await Promise.all([getTranslations("localities.form"), getLocale() as Promise<Locale>]);
  const { choices } = formSetup(getDb(), viewer, locale);
  // Moving a place to another country or province is the nation's decision (updateLocality refuses it otherwise).
  const national = isNationalScope(viewer);
  const countries = choices.countries.filter((c) =>
    national ? (l.countryCode === "CN") === (c.value === "CN") : c.value === l.countryCode,
  );
  const provinces = national ? choices.provinces : choices.provinces.filter((p) => p.value === l.provinceCode);
  const str = (n: number | null) => (n === null ? "" : String(n));
  return (
    <>
      <PageHeader title={t("editTitle", { name: localityName(l, locale) })} />
      <LocalityForm
        key={l.version}
        record={{ id: l.id, version: l.version }}
        choices={{ ...choices, countries, provinces }}
        values={{
          countryCode: l.countryCode,
          provinceCode: l.provinceCode ?? "",
          stateName: l.stateName ?? "",
          nameLocal: l.nameLocal,
          nameRomanised: l.nameRomanised,
          nameZh: l.nameZh ?? "",
          level: l.level,
          latitude: str(l.latitude),
          longitude: str(l.longitude),
          notes: l.notes ?? "",
        }}
      />
    </>
  );
}
