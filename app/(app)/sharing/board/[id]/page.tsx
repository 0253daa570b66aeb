import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { loadPartnerRequest, partnerRequestMatches } from "@/db/loaders/partner-request";
import { markResponsesRead } from "@/db/mutations/partner-requests";
import { listResponses } from "@/db/queries/partner-requests";
import { PostActions } from "@/components/sharing/board/post-actions";
import { PostFacts, StateBadge } from "@/components/sharing/board/post-facts";
import { PostMatches } from "@/components/sharing/board/post-matches";
import { RespondForm } from "@/components/sharing/board/respond-form";
import { ResponsesList } from "@/components/sharing/board/responses-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata({ params }: PageProps<"/sharing/board/[id]">): Promise<Metadata> {
  const viewer = await requireCapability("records.read");
  return { title: loadPartnerRequest(viewer, (await params).id).post.title };
}

/** One post: its facts, the author's controls, the responses (to its office) or a form to respond, and its matches. */
export default async function PartnerRequestPage({ params, searchParams }: PageProps<"/sharing/board/[id]">) {
  const viewer = await requireCapability("records.read");
  const { post, canEdit, canRespond, ownOffice } = loadPartnerRequest(viewer, (await params).id);
  const [t, locale, query] = await Promise.all([getTranslations("board"), getLocale(), searchParams]);
  const db = getDb();
  // The office reads every response; others see only their own. Opening the post marks the office's as read.
  const responses = listResponses(db, post.id, canEdit ? undefined : viewer.id);
  markResponsesRead(db, viewer, post);
  const country =
    (locale === "zh-CN" ? (post.wantedCountryZh ?? post.seekerCountryZh) : (post.wantedCountryEn ?? post.seekerCountryEn)) ?? "";
  const flash = query.created ? t("detail.created") : query.saved ? t("detail.saved") : null;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/sharing/board">{t("detail.backToBoard")}</Link>
      </p>
      <PageHeader title={post.title} description={t(`side.${post.side}`)} actions={<StateBadge state={post.state} />} />
      {flash ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-600 bg-emerald-50 p-3 text-sm text-emerald-900">
          {flash}
        </p>
      ) : null}
      <div className="space-y-6">
        <section className="card space-y-4 p-5">
          <PostFacts post={post} full />
          {post.description ? <p className="whitespace-pre-line text-sm text-slate-900">{post.description}</p> : null}
          {canEdit ? <PostActions id={post.id} version={post.version} status={post.status} /> : null}
        </section>
        {canEdit || responses.length > 0 ? (
          <ResponsesList responses={responses} title={canEdit ? t("responses.title") : t("responses.yours")} markNew={ownOffice} />
        ) : null}
        {canRespond ? (
          post.state === "open" ? (
            <RespondForm requestId={post.id} />
          ) : (
            <p className="card p-5 text-sm text-slate-700">{t("responses.closedNotice")}</p>
          )
        ) : null}
        <PostMatches matches={partnerRequestMatches(post)} country={country} seeker={post.seeker} />
      </div>
    </>
  );
}
