import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { formSetup, pickerOption } from "@/db/loaders/partnership-form";
import { PartnershipForm } from "@/components/partnerships/partnership-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import type { Locale } from "@/lib/domain/enums";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnerships.form");
  return { title: t("createTitle") };
}

export default async function NewPartnershipPage() {
  const viewer = await requireCapability("records.edit");
  const [t, locale] = await Promise.all([getTranslations("partnerships"), getLocale() as Promise<Locale>]);
  const db = getDb();
  const setup = formSetup(db, viewer, locale);
  const ours = setup.oursFixed ? pickerOption(db, viewer.localityId) : null;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/partnerships">{t("detail.backToList")}</Link>
      </p>
      <PageHeader title={t("form.createTitle")} description={t("form.createDescription")} />
      <PartnershipForm
        values={{
          ourLocalityId: ours?.id as number,
          partnerLocalityId: undefined as unknown as number,
          type: "sister",
          level: "city",
          signedOn: "",
          signatories: "",
          agreementLocation: "",
          notes: "",
        }}
        ours={ours}
        partner={null}
        {...setup}
      />
    </>
  );
}
