"use client";

import { useCallback } from "react";
import { useLocale } from "next-intl";
import { searchPartnershipOptionsAction } from "@/app/(app)/activities/actions";
import { toPickerOption } from "./labels";
import type { PickerOption } from "./multi-picker";

/** The pickers' search: partnerships the viewer may log exchanges for. */
export function usePartnershipSearch(): (q: string) => Promise<PickerOption[] | null> {
  const locale = useLocale();
  return useCallback(
    async (q: string) => {
      const result = await searchPartnershipOptionsAction({ q, forWrite: true });
      return result.ok ? result.data.map((o) => toPickerOption(o, locale)) : null;
    },
    [locale],
  );
}

/** Our localities among the chosen partnerships, for the organiser / our-locality choice. */
export function ourLocalitiesOf(chosen: PickerOption[]): { value: string; label: string }[] {
  const seen = new Map<number, string>();
  for (const o of chosen) if (o.meta !== undefined && !seen.has(o.meta)) seen.set(o.meta, o.group ?? String(o.meta));
  return [...seen].map(([id, name]) => ({ value: String(id), label: name }));
}
