"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** The sharing platform's parts, in the order its tabs show them. */
const TABS = [
  { key: "who", href: "/sharing" },
  { key: "coverage", href: "/sharing/coverage" },
  { key: "cases", href: "/sharing/cases" },
  { key: "board", href: "/sharing/board" },
  { key: "announcements", href: "/sharing/announcements" },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  return href === "/sharing" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/** The tabs above every page of the sharing platform. */
export function SharingTabs() {
  const t = useTranslations("sharing.tabs");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="mb-5 border-b border-slate-300">
      <ul className="-mb-px flex flex-wrap gap-1">
        {TABS.map((tab) => {
          const active = isCurrent(pathname, tab.href);
          return (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded-t-md border px-4 py-2 text-sm no-underline hover:no-underline ${
                  active
                    ? "border-slate-300 border-b-white bg-white font-semibold text-brand-800"
                    : "border-transparent text-slate-700 hover:bg-slate-100"
                }`}
              >
                {t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
