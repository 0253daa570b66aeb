import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Overview and History of one partnership, as two linked pages. */
export async function DetailTabs({ id, current }: { id: number; current: "overview" | "history" }) {
  const t = await getTranslations("partnerships.detail");
  const tabs = [
    { key: "overview", href: `/partnerships/${id}`, label: t("overview") },
    { key: "history", href: `/partnerships/${id}/history`, label: t("history") },
  ] as const;
  return (
    <nav aria-label={t("tabs")} className="mb-6 border-b border-slate-300">
      <ul className="-mb-px flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className={`inline-block rounded-t-md border px-4 py-2 text-sm font-medium no-underline hover:no-underline ${tab.key === current ? "border-slate-300 border-b-white bg-white text-slate-900" : "border-transparent text-brand-700 hover:bg-slate-100"}`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
