import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { partnershipFormContext } from "@/db/loaders/partnership-form";
import { PartnershipForm } from "@/components/partnerships/partnership-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnerships.form");
  return { title: t("createTitle") };
}

export default async function NewPartnershipPage() {
  const viewer = await requireCapability("records.edit");
  const [t, form] = await Promise.all([getTranslations("partnerships"), partnershipFormContext(viewer)]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/partnerships">{t("detail.backToList")}</Link>
      </p>
      <PageHeader title={t("form.createTitle")} description={t("form.createDescription")} />
      <PartnershipForm
        values={{
          ourLocalityId: form.ours?.id as number,
          partnerLocalityId: undefined as unknown as number,
          type: "sister",
          level: "city",
          signedOn: "",
          signatories: "",
          agreementLocation: "",
          notes: "",
        }}
        {...form}
      />
    </>
  );
}
