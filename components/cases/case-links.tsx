import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CaseLinkOptions } from "./case-form";

const HREF = { partnershipIds: "/partnerships", localityIds: "/localities", activityIds: "/activities" } as const;

/** The records a case names, as links to their pages. */
export async function CaseLinks({ links }: { links: CaseLinkOptions }) {
  const t = await getTranslations("cases");
  const groups = (Object.keys(HREF) as (keyof typeof HREF)[]).filter((k) => links[k].length > 0);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="case-links-heading" className="card p-5">
      <h2 id="case-links-heading">{t("detail.links")}</h2>
      <dl className="mt-2 space-y-3 text-sm">
        {groups.map((k) => (
          <div key={k}>
            <dt className="font-semibold">{t(`fields.${k}`)}</dt>
            <dd>
              <ul className="list-disc pl-5">
                {links[k].map((o) => (
                  <li key={o.id}>
                    <Link href={`${HREF[k]}/${o.id}`}>{o.label}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
