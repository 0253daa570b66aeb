import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getAnnouncement } from "@/db/queries/announcements";
import { listProvinceOptions } from "@/db/queries/users-admin";
import { provinceOptions } from "@/components/admin/province-options";
import { announcementAudiences } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/clock";
import { EVERYONE } from "@/lib/validation/announcement";
import { recordId } from "@/lib/validation/partnership-fields";

/** The announcement a page's `[id]` names, if the viewer may read it (otherwise, or for a malformed id, a 404). */
export function loadAnnouncement(viewer: Viewer, rawId: string) {
  const id = /^\d{1,10}$/.test(rawId) ? recordId.safeParse(Number(rawId)) : null;
  const row = id?.success ? getAnnouncement(getDb(), viewer, id.data, today()) : null;
  if (!row) notFound();
  return row;
}

/** The audiences the viewer may post to, as options: everyone and every province (national), or their own province. */
export function audienceOptions(viewer: Viewer, locale: string, everyone: string): { value: string; label: string }[] {
  const office = announcementAudiences(viewer);
  if (office.kind === "none") return [];
  const provinces = provinceOptions(listProvinceOptions(getDb()), locale);
  if (office.kind === "province") return provinces.filter((p) => p.value === office.provinceCode);
  return [{ value: EVERYONE, label: everyone }, ...provinces];
}
