import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.join(process.cwd(), "app");

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const files = walk(APP).map((f) => path.relative(APP, f).split(path.sep).join("/"));
const loadings = files.filter((f) => f.endsWith("/loading.tsx") || f === "loading.tsx");

describe("loading boundaries", () => {
  // Not the dashboard: sign-in's server action redirects there, and a skeleton at the redirect's target
  // sometimes stayed on screen for good (the action's response never brought the streamed page: seen
  // in 3 of about 20 end-to-end sign-ins). The dashboard renders whole, as before.
  it("every list page has a loading skeleton", () => {
    const lists = [
      "(app)/partnerships/(list)",
      "(app)/activities/(list)",
      "(app)/delegations/(list)",
      "(app)/localities/(list)",
      "(app)/contacts/(list)",
      "(app)/evaluations/(list)",
      "(app)/evaluations/review",
      "(app)/evaluations/campaigns/(list)",
      "(app)/admin/users/(list)",
      "(app)/admin/audit",
      "(app)/saved-views",
    ];
    for (const dir of lists) {
      expect(files, dir).toContain(`${dir}/page.tsx`);
      expect(loadings, dir).toContain(`${dir}/loading.tsx`);
    }
  });

  // A loading boundary makes Next stream everything below it with status 200 before the page runs,
  // so a notFound() below it can no longer answer 404 (a missing record must stay a 404).
  it("no loading skeleton wraps another page than its own", () => {
    for (const loading of loadings) {
      const dir = path.posix.dirname(loading);
      const pagesBelow = files.filter((f) => f.startsWith(`${dir}/`) && /(^|\/)page\.tsx$/.test(f));
      expect(pagesBelow, loading).toEqual([`${dir}/page.tsx`]);
    }
  });

  // Below a skeleton, a refusal in the page would be a client-side redirect under a 200: the page's
  // own capability is checked again in a layout beside the skeleton, which runs before it streams.
  it("each skeleton has a layout that refuses with the page's own capability first", () => {
    for (const loading of loadings) {
      const dir = path.posix.dirname(loading);
      const page = fs.readFileSync(path.join(APP, dir, "page.tsx"), "utf8");
      const capability = /requireCapability\(("[^"]+")\)/.exec(page)?.[1];
      expect(capability, dir).toBeDefined();
      const layout = fs.readFileSync(path.join(APP, dir, "layout.tsx"), "utf8");
      expect(layout, dir).toContain(`capabilityLayout(${capability})`);
    }
  });
});
