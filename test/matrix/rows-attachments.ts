import { act, request, siteRequest } from "./call";
import { RULES, type Row } from "./judge";
import { insertAnnouncement, insertCase, insertFile } from "./sharing-records";
import type { Scope, World } from "./world";

const A = "(app)/activities/actions.ts#";

type Owner = { ownerType: "case" | "announcement"; make: (w: World, scope: Scope) => number };

/** Files of the sharing platform's records: cases (a locality's, a province's) and announcements (a province's, the nation's). */
const OWNERS = {
  localityCase: { ownerType: "case", make: (w, scope) => insertCase(w, scope) },
  provinceCase: { ownerType: "case", make: (w, scope) => insertCase(w, scope, { office: "province" }) },
  provinceNotice: { ownerType: "announcement", make: (w, scope) => insertAnnouncement(w, scope) },
} satisfies Record<string, Owner>;

function upload(w: World, scope: Scope, owner: Owner) {
  const body = new FormData();
  body.set("ownerType", owner.ownerType);
  body.set("ownerId", String(owner.make(w, scope)));
  body.set("file", new File(["notes"], "notes.txt", { type: "text/plain" }));
  return { req: siteRequest("/api/attachments", { method: "POST", body }) };
}

const download =
  (ownerType: Owner["ownerType"], make: (w: World, scope: Scope) => number): Row["run"] =>
  async (call, w, scope, viewer) => {
    const id = String(await insertFile(w, ownerType, make(w, scope)));
    return request(() => ({ req: siteRequest(`/api/attachments/${id}`), params: { id } }))(call, w, scope, viewer);
  };

export const sharedAttachmentRows: Row[] = [
  {
    target: "api/attachments/route.ts#POST",
    variant: "a file for a locality's case (its office edits it)",
    writes: true,
    expect: RULES.scopedWrite,
    run: request((w, scope) => upload(w, scope, OWNERS.localityCase)),
  },
  {
    target: "api/attachments/route.ts#POST",
    variant: "a file for a province's case (its administrators)",
    writes: true,
    expect: RULES.adminScoped,
    run: request((w, scope) => upload(w, scope, OWNERS.provinceCase)),
  },
  {
    target: "api/attachments/route.ts#POST",
    variant: "a file for a province's announcement (its administrators)",
    writes: true,
    expect: RULES.adminScoped,
    run: request((w, scope) => upload(w, scope, OWNERS.provinceNotice)),
  },
  {
    target: "api/attachments/route.ts#POST",
    variant: "a file for the nation's announcement (national administrators)",
    writes: true,
    expect: RULES.nationalOnly,
    run: request((w, scope) =>
      upload(w, scope, { ownerType: "announcement", make: (x) => insertAnnouncement(x, scope, { office: "nation" }) }),
    ),
  },
  {
    target: `${A}archiveAttachmentAction`,
    variant: "remove a file of a province's announcement",
    writes: true,
    expect: RULES.adminScoped,
    run: async (call, w, scope, viewer) => {
      const id = await insertFile(w, "announcement", insertAnnouncement(w, scope));
      return act(() => ({ id }))(call, w, scope, viewer);
    },
  },
  {
    target: "api/attachments/[id]/route.ts#GET",
    variant: "a published case's file (everyone signed in)",
    writes: false,
    expect: RULES.readAll,
    run: download("case", (w, scope) => insertCase(w, scope, { published: true })),
  },
  {
    target: "api/attachments/[id]/route.ts#GET",
    variant: "a draft case's file (its office only)",
    writes: false,
    expect: RULES.scopedWrite,
    run: download("case", (w, scope) => insertCase(w, scope)),
  },
  {
    target: "api/attachments/[id]/route.ts#GET",
    variant: "an announcement to everyone: its file",
    writes: false,
    expect: RULES.readAll,
    run: download("announcement", (w, scope) => insertAnnouncement(w, scope, { office: "nation" })),
  },
  {
    target: "api/attachments/[id]/route.ts#GET",
    variant: "an announcement to a province: its file (its audience and national administrators)",
    writes: false,
    expect: RULES.scopedWrite,
    run: download("announcement", (w, scope) => insertAnnouncement(w, scope, { office: "nation", audience: "province" })),
  },
];
