import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UnreadResponses } from "@/db/queries/partner-requests";

/** New responses to the partner-seeking posts of the viewer's office, each post a link (opening it marks them read). */
export async function ResponsesNotice({ posts }: { posts: UnreadResponses }) {
  if (posts.length === 0) return null;
  const t = await getTranslations("board.notice");
  const count = posts.reduce((sum, p) => sum + p.unread, 0);
  return (
    <section
      aria-labelledby="responses-notice-title"
      className="card mb-6 border-l-4 border-l-amber-500 p-4"
      data-testid="responses-notice"
    >
      <h2 id="responses-notice-title" className="text-base font-semibold">
        {t("title", { count })}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {posts.map((p) => (
          <li key={p.id}>
            <Link href={`/sharing/board/${p.id}`}>{t("item", { title: p.title, count: p.unread })}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
