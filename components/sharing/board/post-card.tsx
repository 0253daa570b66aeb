import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { BoardRow } from "@/db/queries/partner-requests";
import { PostFacts, StateBadge } from "./post-facts";

/** One post on the board: its title (a link), side and state, facts, and how many have responded. */
export async function PostCard({ post }: { post: BoardRow }) {
  const t = await getTranslations("board");
  return (
    <article className="card space-y-3 p-4" aria-labelledby={`post-${post.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={`post-${post.id}`} className="text-base font-semibold">
          <Link href={`/sharing/board/${post.id}`}>{post.title}</Link>
        </h2>
        <StateBadge state={post.state} />
        <span className="badge bg-slate-100 text-slate-800">{t(`side.${post.side}`)}</span>
      </div>
      <PostFacts post={post} />
      <p className="text-sm text-slate-700">{t("list.responses", { count: post.responses })}</p>
    </article>
  );
}
