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

/** A page route that bundles the action: "app/(app)/admin/users/[id]/page" → "/admin/users/1". */
function routeOf(worker: string): string | null {
  if (!worker.endsWith("/page")) return null;
  const route = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((s) => s && !(s.startsWith("(") && s.endsWith(")")))
    .map((s) => (s.startsWith("[") ? "1" : s))
    .join("/");
  return `/${route}`;
}

/** The action's id and a page it can be posted to, from the build's server-reference manifest. */
export function findServerAction(ref: ActionRef): { id: string; route: string } {
  const manifest = readManifest();
  for (const [id, entry] of Object.entries(manifest.node)) {
    // The module path is relative to the build's root (usually the project itself).
    const sameFile = entry.filename === ref.file || entry.filename.endsWith(`/${ref.file}`);
    if (!sameFile || entry.exportedName !== ref.name) continue;
    // Prefer a page without dynamic segments; any page that bundles the action will do.
    const workers = Object.keys(entry.workers).sort((a, b) => Number(a.includes("[")) - Number(b.includes("[")));
    const route = workers.map(routeOf).find((r): r is string => r !== null) ?? "/";
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
  // The request API does not send the browser's language; the answer should be in the page's.
  const language = await page.evaluate(() => navigator.languages.join(","));
  const response = await page.request.post(new URL(route, baseURL).toString(), {
    headers: {
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: new URL(baseURL).origin,
      "Accept-Language": language,
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
