import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Filters every view understands. */
const SHARED = ["q", "partnership", "country", "province", "region", "locality"] as const;

/**
 * "List | Calendar" above the activity and delegation lists and the calendar
 * (the calendar has no menu entry of its own). Filters travel with the switch.
 */
export async function ExchangeTabs({
  current,
  params,
}: {
  current: "activities" | "delegations" | "calendar";
  params: Record<string, string | string[] | undefined>;
}) {
  const shared = new URLSearchParams();
  for (const key of SHARED) {
    const value = params[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) shared.set(key, first.slice(0, 200));
  }
  const query = shared.toString();
  const [t, tn] = await Promise.all([getTranslations("activities"), getTranslations("nav")]);
  const tabs = [
    { key: "activities", href: "/activities", label: tn("activities") },
    { key: "delegations", href: "/delegations", label: tn("delegations") },
    { key: "calendar", href: "/calendar", label: t("tabCalendar") },
  ] as const;
  return (
    <nav aria-label={t("tabsLabel")} className="mb-5 border-b border-slate-300">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const active = tab.key === current;
          return (
            <li key={tab.key}>
              <Link
                href={query ? `${tab.href}?${query}` : tab.href}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded-t-md border px-4 py-2 text-sm no-underline hover:no-underline ${
                  active
                    ? "border-slate-300 border-b-white bg-white font-semibold text-brand-800"
                    : "border-transparent text-slate-700 hover:bg-slate-100"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
