import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { partnershipFormContext } from "@/db/loaders/partnership-form";
import { loadPartnership } from "@/db/loaders/partnership";
import { PartnershipForm } from "@/components/partnerships/partnership-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnerships.form");
  return { title: t("editTitleShort") };
}

export default async function EditPartnershipPage({ params }: PageProps<"/partnerships/[id]/edit">) {
  const viewer = await requireCapability("records.edit");
  const { p, canEdit } = loadPartnership(viewer, (await params).id);
  if (!canEdit) redirect("/forbidden");
  const [t, form] = await Promise.all([getTranslations("partnerships"), partnershipFormContext(viewer, p)]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/partnerships/${p.id}`}>{t("form.backToPartnership")}</Link>
      </p>
      <PageHeader
        title={t("form.editTitle", { name: `${p.ours.nameLocal} – ${p.partner.nameLocal}` })}
        description={t("form.editDescription")}
      />
      <PartnershipForm
        key={p.version}
        record={{ id: p.id, version: p.version }}
        values={{
          ourLocalityId: p.ourLocalityId,
          partnerLocalityId: p.partnerLocalityId,
          type: p.type,
          level: p.level,
          signedOn: p.signedOn ?? "",
          signatories: p.signatories ?? "",
          agreementLocation: p.agreementLocation ?? "",
          notes: p.notes ?? "",
        }}
        {...form}
      />
    </>
  );
}
