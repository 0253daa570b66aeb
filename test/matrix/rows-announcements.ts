import { act } from "./call";
import { RULES, type Row } from "./judge";
import { insertAnnouncement, provinceOf } from "./sharing-records";
import { fresh, type Scope } from "./world";

const N = "(app)/sharing/announcements/actions.ts#";

const form = (audience: string) => ({ title: fresh("Notice"), body: "Read **this**.", audience, validFrom: "2026-01-01", validUntil: "" });
const toProvince = (scope: Scope) => form(provinceOf(scope));

export const announcementRows: Row[] = [
  {
    target: `${N}createAnnouncementAction`,
    variant: "to a province (its administrators, and national ones)",
    writes: true,
    expect: RULES.adminScoped,
    run: act((_w, scope) => toProvince(scope)),
  },
  {
    target: `${N}createAnnouncementAction`,
    variant: "to everyone (national administrators)",
    writes: true,
    expect: RULES.nationalOnly,
    run: act(() => form("all")),
  },
  {
    target: `${N}updateAnnouncementAction`,
    variant: "edit a province's announcement",
    writes: true,
    expect: RULES.adminScoped,
    run: act((w, scope) => ({ ...toProvince(scope), id: insertAnnouncement(w, scope, { audience: "province" }), version: 1 })),
  },
  {
    target: `${N}updateAnnouncementAction`,
    variant: "edit the nation's announcement",
    writes: true,
    expect: RULES.nationalOnly,
    run: act((w, scope) => ({ ...form("all"), id: insertAnnouncement(w, scope, { office: "nation" }), version: 1 })),
  },
  {
    target: `${N}archiveAnnouncementAction`,
    variant: "withdraw a province's announcement",
    writes: true,
    expect: RULES.adminScoped,
    run: act((w, scope) => ({ id: insertAnnouncement(w, scope), version: 1 })),
  },
  {
    target: `${N}restoreAnnouncementAction`,
    variant: "restore a province's announcement",
    writes: true,
    expect: RULES.adminScoped,
    run: act((w, scope) => ({ id: insertAnnouncement(w, scope, { archived: true }), version: 1 })),
  },
  {
    target: `${N}dismissAnnouncementAction`,
    variant: "dismiss one to everyone",
    writes: true,
    expect: RULES.readAll,
    run: act((w, scope) => ({ id: insertAnnouncement(w, scope, { office: "nation" }) })),
  },
  {
    target: `${N}dismissAnnouncementAction`,
    variant: "dismiss one to a province (its people; national administrators may open it)",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ id: insertAnnouncement(w, scope, { office: "nation", audience: "province" }) })),
  },
];
