"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { findLocalityDuplicatesAction } from "@/app/(app)/localities/duplicate-actions";
import type { AnyForm } from "@/components/forms/fields";
import type { LikelyDuplicate } from "@/db/queries/localities-duplicates";
import { localityLevelLabel } from "@/lib/domain/locality-level";
import type { LocalityInput } from "@/lib/validation/locality";

/** Waits this long after the last keystroke before asking, so typing a name asks once. */
const DEBOUNCE_MS = 400;

/**
 * Warns, as the names are typed, that the locality may already be in the
 * directory (same country, a matching name in any script), with links to the
 * candidates, as the partnership form warns of an existing pair. It never
 * blocks saving: two places can share a name.
 */
export function LocalityDuplicates({ form, exceptId }: { form: AnyForm<LocalityInput>; exceptId?: number }) {
  const t = useTranslations("localityDuplicates");
  const te = useTranslations("enums");
  const [countryCode, nameLocal, nameRomanised, nameZh] = useWatch({
    control: form.control,
    name: ["countryCode", "nameLocal", "nameRomanised", "nameZh"] as const,
  });
  const [found, setFound] = useState<{ key: string; rows: LikelyDuplicate[] }>({ key: "", rows: [] });
  const country = String(countryCode ?? "")
    .trim()
    .toUpperCase();
  const names = [nameLocal, nameRomanised, nameZh].map((n) => String(n ?? "").trim());
  const key = /^[A-Z]{2}$/.test(country) && names.some(Boolean) ? JSON.stringify([country, ...names, exceptId ?? null]) : "";
  useEffect(() => {
    if (!key) return;
    let live = true;
    const timer = setTimeout(() => {
      const [local, romanised, zh] = names;
      void findLocalityDuplicatesAction({
        countryCode: country,
        nameLocal: local ?? "",
        nameRomanised: romanised ?? "",
        nameZh: zh ?? "",
        ...(exceptId ? { exceptId } : {}),
      }).then((r) => {
        if (live) setFound({ key, rows: r.ok ? r.data : [] });
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `key` stands for the country, the names and the record being edited.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  // An answer for names since changed is not shown.
  const rows = found.key === key ? found.rows : [];
  return (
    <div role="status" aria-live="polite">
      {rows.length > 0 ? (
        <div className="rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-sm text-slate-900" data-testid="locality-duplicates">
          <p className="font-semibold">{t("title")}</p>
          <p className="mt-1">{t("intro", { count: rows.length })}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {rows.map((d) => (
              <li key={d.id}>
                <Link href={`/localities/${d.id}`} className="font-medium">
                  {[d.nameLocal, d.nameZh && d.nameZh !== d.nameLocal ? d.nameZh : null, d.nameRomanised].filter(Boolean).join(" · ")}
                </Link>
                <span className="text-slate-700">
                  {" — "}
                  {[d.place, te(localityLevelLabel(d.level, country, d)), d.archived ? t("archived") : null].filter(Boolean).join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
