import fs from "node:fs";
import path from "node:path";
import { test, type Page } from "@playwright/test";

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };
type Manifest = { node: Record<string, ManifestEntry> };

export type ActionRef = {
  /** The action's module, as the build names it: "app/(app)/admin/users/actions.ts". */
  file: string;
  /** Its export: "createUserAction". */
  name: string;
};

function readManifest(): Manifest {
  const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json");
  return JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
}

/** A page route that bundles the action: "app/(app)/admin/users/new/page" → "/admin/users/new". */
function routeOf(worker: string): string | null {
  if (!worker.endsWith("/page") || worker.includes("[")) return null;
  const route = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((s) => s && !(s.startsWith("(") && s.endsWith(")")))
    .join("/");
  return `/${route}`;
}

/** The action's id and a page it can be posted to, from the build's server-reference manifest. */
export function findServerAction(ref: ActionRef): { id: string; route: string } {
  const manifest = readManifest();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename !== ref.file || entry.exportedName !== ref.name) continue;
    const route = Object.keys(entry.workers).map(routeOf).find((r): r is string => r !== null) ?? "/";
    return { id, route };
  }
  throw new Error(`server action ${ref.file}#${ref.name} is not in the build's manifest`);
}

export type ServerActionResponse = {
  status: number;
  /** The raw React Flight answer. */
  text: string;
  /** The action's return value (an ActionResult), when the answer carries one. */
  result: unknown;
};

/**
 * Calls a server action directly, as a crafted request would, with the page's
 * signed-in session (its cookies): the test of what the server enforces, not the UI.
 */
export async function callServerAction(page: Page, ref: ActionRef, arg: unknown): Promise<ServerActionResponse> {
  const { id, route } = findServerAction(ref);
  const baseURL = test.info().project.use.baseURL ?? "";
  const response = await page.request.post(new URL(route, baseURL).toString(), {
    headers: {
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: new URL(baseURL).origin,
    },
    data: JSON.stringify([arg]),
    maxRedirects: 0,
  });
  const text = await response.text();
  return { status: response.status(), text, result: parseActionResult(text) };
}

/** The Flight answer's rows are `<id>:<json>`; the action's value is the row the root's "a" points to. */
function parseActionResult(text: string): unknown {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const root = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    const ref = typeof root?.a === "string" && root.a.startsWith("$@") ? root.a.slice(2) : null;
    if (ref === null) return root?.a;
    return JSON.parse(rows.get(ref) ?? "null");
  } catch {
    return undefined;
  }
}
