import { storeFile } from "@/db/attachment-storage";
import { RULES, type Row } from "./judge";
import { request, siteRequest } from "./call";
import type { Scope, World } from "./world";

const province = (scope: Scope) => (scope === "own" ? "TJ" : "SD");

function upload(w: World, scope: Scope, origin?: string) {
  const body = new FormData();
  body.set("ownerType", "activity");
  body.set("ownerId", String(w.activity(scope).id));
  body.set("file", new File(["notes"], "notes.txt", { type: "text/plain" }));
  return { req: siteRequest("/api/attachments", { method: "POST", body, headers: origin ? { origin } : {} }) };
}

const listExport = (list: string): Row => ({
  target: `(app)/${list}/export/route.ts#GET`,
  variant: "the list's export (reading is national)",
  writes: false,
  expect: RULES.exporters,
  run: request((_w, scope) => ({ req: siteRequest(`/${list}/export?format=csv&province=${province(scope)}`) })),
});

export const routeRows: Row[] = [
  {
    target: "api/attachments/route.ts#POST",
    variant: "upload a file",
    writes: true,
    expect: RULES.scopedWrite,
    run: request((w, scope) => upload(w, scope)),
  },
  {
    target: "api/attachments/route.ts#POST",
    variant: "an upload sent from another site (hole 8)",
    writes: true,
    expect: RULES.nobody,
    run: request((w, scope) => upload(w, scope, "https://evil.test")),
  },
  {
    target: "api/attachments/[id]/route.ts#GET",
    variant: "download a file",
    writes: false,
    expect: RULES.readAll,
    run: async (call, w, scope, viewer) => {
      const key = `matrix${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`.padEnd(24, "0");
      await storeFile(key, new TextEncoder().encode("notes"));
      const id = String(w.attachment(scope, key));
      return request(() => ({ req: siteRequest(`/api/attachments/${id}`), params: { id } }))(call, w, scope, viewer);
    },
  },
  listExport("partnerships"),
  listExport("activities"),
  listExport("delegations"),
  listExport("localities"),
  {
    target: "(app)/reports/activity/route.ts#GET",
    variant: "a locality's report (scoped)",
    writes: false,
    expect: RULES.scopedWrite,
    run: request((w, scope) => ({ req: siteRequest(`/reports/activity?scope=locality&locality=${w.ours[scope]}&format=csv`) })),
  },
  {
    target: "(app)/reports/evaluations/route.ts#GET",
    variant: "a campaign's results (limited to one's province inside)",
    writes: false,
    expect: RULES.exporters,
    run: request((w, scope) => ({ req: siteRequest(`/reports/evaluations?campaign=${w.campaign("open", [province(scope)])}&format=csv`) })),
  },
  {
    target: "(app)/evaluations/campaigns/[id]/overdue/route.ts#GET",
    variant: "a campaign's overdue localities (limited to one's scope inside)",
    writes: false,
    expect: RULES.admins,
    run: request((w, scope) => {
      const id = String(w.campaign("open", [province(scope)]));
      return { req: siteRequest(`/evaluations/campaigns/${id}/overdue`), params: { id } };
    }),
  },
];
