"use client";

import { useCallback } from "react";
import { useLocale } from "next-intl";
import { searchActivityOptionsAction, searchPartnershipOptionsAction } from "@/app/(app)/activities/actions";
import { searchLocalitiesAction } from "@/app/(app)/localities/actions";
import { toPickerOption } from "@/components/exchanges/labels";
import type { PickerOption } from "@/components/exchanges/multi-picker";
import { localityLabel } from "@/lib/domain/locality-name";

/**
 * The case form's three pickers: any partnership or locality (reading is national: a case may
 * name others' records), and the activities the writer's office may edit.
 */
export function useCaseSearches() {
  const locale = useLocale();
  const partnerships = useCallback(
    async (q: string): Promise<PickerOption[] | null> => {
      const result = await searchPartnershipOptionsAction({ q, forWrite: false });
      return result.ok ? result.data.map((o) => toPickerOption(o, locale)) : null;
    },
    [locale],
  );
  const localities = useCallback(
    async (q: string): Promise<PickerOption[] | null> => {
      const result = await searchLocalitiesAction({ q });
      return result.ok ? result.data.map((o) => ({ id: o.id, label: localityLabel(o, locale) })) : null;
    },
    [locale],
  );
  const activities = useCallback(async (q: string): Promise<PickerOption[] | null> => {
    const result = await searchActivityOptionsAction({ q });
    return result.ok ? result.data.map((o) => ({ id: o.id, label: `${o.title} (${o.startDate})` })) : null;
  }, []);
  return { partnerships, localities, activities };
}
