import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { hasCapability } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

export type EvaluationsTab = "mine" | "review" | "campaigns" | "formula";

/** The evaluation section's own tabs; the current one is marked for assistive technology. */
export async function EvaluationsNav({ viewer, current }: { viewer: Viewer; current: EvaluationsTab }) {
  const t = await getTranslations("evaluations.nav");
  const tabs: { key: EvaluationsTab; href: string; show: boolean }[] = [
    { key: "mine", href: "/evaluations", show: hasCapability(viewer, "evaluations.answer") },
    { key: "review", href: "/evaluations/review", show: hasCapability(viewer, "evaluations.review") },
    { key: "campaigns", href: "/evaluations/campaigns", show: hasCapability(viewer, "evaluations.review") },
    { key: "formula", href: "/evaluations/index-formula", show: true },
  ];
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200">
      <ul className="flex flex-wrap gap-1">
        {tabs
          .filter((tab) => tab.show)
          .map((tab) => (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={tab.key === current ? "page" : undefined}
                className={`-mb-px inline-block border-b-2 px-3 py-2 text-sm font-medium no-underline hover:no-underline ${
                  tab.key === current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-brand-700"
                }`}
              >
                {t(tab.key)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
