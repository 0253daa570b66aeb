import { imports } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { act, request, siteRequest } from "./call";
import { RULES, type Expectation, type Row } from "./judge";
import type { Scope, World } from "./world";

const CSV = new TextEncoder().encode("our city,partner city,country\n天津市,Kobe,Japan\n");

/** A draft (or a written import) of the caller's ("own") or of another city's staff ("foreign"); the anonymous caller gets the administrator's. */
function importOf(w: World, scope: Scope, viewer: Viewer | null, state: "draft" | "committed"): number {
  const owner = scope === "own" ? (viewer ?? w.admin) : w.foreignStaff;
  return w.db
    .insert(imports)
    .values({
      kind: "partnerships",
      fileName: "pairs.csv",
      fileSize: CSV.byteLength,
      fileBytes: state === "draft" ? Buffer.from(CSV) : null,
      mapping: { ourName: 0, partnerName: 1, partnerCountry: 2 },
      state,
      committedAt: state === "committed" ? new Date() : null,
      createdBy: owner.id,
    })
    .returning({ id: imports.id })
    .get().id;
}

/** Editors work on their own drafts only; viewers import nothing. */
const ownDraft: Expectation = { ...RULES.scopedWrite, national_admin: ["ok", "refused"] };

function json(path: string, body: unknown) {
  return siteRequest(path, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
}

export const importRows: Row[] = [
  {
    target: "api/imports/route.ts#POST",
    variant: "upload a file as a draft (one's own)",
    writes: true,
    expect: RULES.exporters,
    run: request(() => {
      const body = new FormData();
      body.set("kind", "partnerships");
      body.set("file", new File([CSV], "pairs.csv", { type: "text/csv" }));
      return { req: siteRequest("/api/imports", { method: "POST", body }) };
    }),
  },
  {
    target: "api/imports/template/route.ts#GET",
    variant: "a blank template",
    writes: false,
    expect: RULES.exporters,
    run: request(() => ({ req: siteRequest("/api/imports/template?kind=activities&format=csv") })),
  },
  {
    target: "api/imports/[id]/preview/route.ts#POST",
    variant: "preview a draft",
    writes: true,
    expect: ownDraft,
    run: request((w, scope, viewer) => {
      const id = String(importOf(w, scope, viewer, "draft"));
      return {
        req: json(`/api/imports/${id}/preview`, {
          version: 1,
          options: {},
          mapping: { ourName: 0, partnerName: 1, partnerCountry: 2 },
          valueMap: {},
        }),
        params: { id },
      };
    }),
  },
  {
    target: "api/imports/[id]/commit/route.ts#POST",
    variant: "write a draft",
    writes: true,
    expect: ownDraft,
    run: request((w, scope, viewer) => {
      const id = String(importOf(w, scope, viewer, "draft"));
      return { req: json(`/api/imports/${id}/commit`, { version: 1, skipFailures: true }), params: { id } };
    }),
  },
  {
    target: "(app)/imports/actions.ts#undoImportAction",
    variant: "undo an import (the importer, or an administrator over the importer's place)",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope, viewer) => ({ id: importOf(w, scope, viewer, "committed"), version: 1 })),
  },
  {
    target: "(app)/imports/actions.ts#discardImportAction",
    variant: "discard a draft (its uploader only)",
    writes: true,
    expect: ownDraft,
    run: act((w, scope, viewer) => ({ id: importOf(w, scope, viewer, "draft"), version: 1 })),
  },
];
