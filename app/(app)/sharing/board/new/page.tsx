import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { partnerRequestFormContext } from "@/db/loaders/partner-request";
import { RequestForm } from "@/components/sharing/board/request-form";
import { PageHeader } from "@/components/ui/page-header";
import { canRecordForeignSeeker, officeOf } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("board.form");
  return { title: t("createTitle") };
}

/** /sharing/board/new (a locality of ours seeks) or ?side=foreign (an administrator records a foreign locality's search). */
export default async function NewPartnerRequestPage({ searchParams }: PageProps<"/sharing/board/new">) {
  const viewer = await requireCapability("records.edit");
  const side = (await searchParams).side === "foreign" ? "foreign" : "ours";
  if (side === "foreign" ? !canRecordForeignSeeker(viewer) : !officeOf(viewer)) redirect("/forbidden");
  const [t, form] = await Promise.all([getTranslations("board.form"), partnerRequestFormContext(viewer, side)]);
  const foreign = side === "foreign";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/sharing/board">{t("backToBoard")}</Link>
      </p>
      <PageHeader
        title={foreign ? t("createForeignTitle") : t("createTitle")}
        description={foreign ? t("createForeignDescription") : t("createDescription")}
      />
      <RequestForm
        values={{
          side,
          seekerLocalityId: form.seeker?.id as number,
          wantedCountryCode: "",
          wantedProvinceCode: "",
          wantedRegion: "",
          wantedLevels: [],
          purposes: [],
          categories: [],
          title: "",
          description: "",
          closesOn: "",
        }}
        {...form}
      />
    </>
  );
}
