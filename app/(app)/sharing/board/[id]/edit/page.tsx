import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadPartnerRequest, partnerRequestFormContext } from "@/db/loaders/partner-request";
import { RequestForm } from "@/components/sharing/board/request-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("board.form");
  return { title: t("editTitle") };
}

export default async function EditPartnerRequestPage({ params }: PageProps<"/sharing/board/[id]/edit">) {
  const viewer = await requireCapability("records.edit");
  const { post, canEdit } = loadPartnerRequest(viewer, (await params).id);
  if (!canEdit) redirect("/forbidden");
  const [t, form] = await Promise.all([getTranslations("board.form"), partnerRequestFormContext(viewer, post.side, post.seeker.id)]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/sharing/board/${post.id}`}>{t("backToPost")}</Link>
      </p>
      <PageHeader title={t("editTitle")} description={t("editDescription")} />
      <RequestForm
        key={post.version}
        record={{ id: post.id, version: post.version }}
        values={{
          side: post.side,
          seekerLocalityId: post.seeker.id,
          wantedCountryCode: post.wantedCountryCode ?? "",
          wantedProvinceCode: post.wantedProvinceCode ?? "",
          wantedRegion: (post.wantedRegion ?? "") as "",
          wantedLevels: post.wantedLevels,
          purposes: post.purposes,
          categories: post.categories,
          title: post.title,
          description: post.description ?? "",
          closesOn: post.closesOn ?? "",
        }}
        {...form}
      />
    </>
  );
}
