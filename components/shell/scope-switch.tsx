"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { LIST_SCOPE_CHOICES, SCOPE_COOKIE_MAX_AGE, scopeCookieName, type ScopedList } from "@/lib/domain/list-scope";
import type { ListScopeChoice } from "@/lib/auth/permissions";

/** Remembers the list's choice for a year, for the next visit without `scope=` (read on the server). */
function rememberScope(list: ScopedList, choice: ListScopeChoice) {
  document.cookie = `${scopeCookieName(list)}=${choice}; path=/; max-age=${SCOPE_COOKIE_MAX_AGE}; samesite=lax`;
}

/**
 * "我的城市 / 全国" (a province's administrators: "本省 / 全国") above a list, the
 * calendar and the map. Each half is a link carrying `scope=` (so the choice is
 * in the URL, shareable and bookmarked); following one also remembers it for
 * this list, in a cookie the server reads when a URL says nothing.
 */
export function ScopeSwitch(props: {
  list: ScopedList;
  choice: ListScopeChoice;
  labels: Record<ListScopeChoice, string>;
  groupLabel: string;
  status: string;
}) {
  const pathname = usePathname();
  const search = useSearchParams();
  const hrefFor = (choice: ListScopeChoice) => {
    const next = new URLSearchParams(search.toString());
    next.set("scope", choice);
    next.delete("page");
    return `${pathname}?${next.toString()}`;
  };
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <div
        role="group"
        aria-label={props.groupLabel}
        className="flex items-center rounded-md border border-slate-300 bg-white p-0.5"
        data-testid="scope-switch"
      >
        {LIST_SCOPE_CHOICES.map((choice) => {
          const current = choice === props.choice;
          return (
            <Link
              key={choice}
              href={hrefFor(choice)}
              onClick={() => rememberScope(props.list, choice)}
              aria-current={current ? "true" : undefined}
              className={
                current
                  ? "rounded bg-brand-700 px-3 py-1 font-medium text-white no-underline hover:no-underline"
                  : "rounded px-3 py-1 text-slate-700 no-underline hover:bg-slate-100 hover:no-underline"
              }
            >
              {props.labels[choice]}
            </Link>
          );
        })}
      </div>
      <span className="text-slate-600" role="status">
        {props.status}
      </span>
    </div>
  );
}
