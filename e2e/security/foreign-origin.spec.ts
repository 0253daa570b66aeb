import { test, expect } from "../support/fixtures";
import { callServerAction, findServerAction } from "../support/server-action";
import { unique, USERS_ACTIONS } from "../admin/helpers";

/**
 * A page on another site cannot make a signed-in user's browser run a server action: Next refused
 * it with a 500; the proxy now answers a clear 403 before Next sees it, and nothing is written.
 */
test("a server action posted from another site is refused with a 403 and changes nothing", async ({ as }) => {
  const admin = await as("admin");
  await admin.goto("/admin/users");
  const { id, route } = findServerAction({ file: USERS_ACTIONS, name: "createUserAction" });
  const email = `${unique("forged")}@e2e.test`;
  const user = {
    name: "Forged",
    email,
    role: "national_admin",
    provinceCode: "",
    localityId: null,
    password: `Forged-${unique("pw")}-long`,
  };
  const post = (origin: string) =>
    admin.request.post(route, {
      headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: origin },
      data: JSON.stringify([user]),
      maxRedirects: 0,
    });

  const forged = await post("https://evil.test");
  expect(forged.status()).toBe(403);
  expect(await forged.json()).toEqual({ error: "forbidden origin" });

  // A look-alike host and a sandboxed frame's "null" origin are other sites too.
  const own = new URL(admin.url());
  expect((await post(`${own.protocol}//${own.hostname}.evil.test:${own.port}`)).status()).toBe(403);
  expect((await post("null")).status()).toBe(403);

  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await expect(admin.getByText("No user matches these filters.")).toBeVisible();

  // The very same call from the site itself goes through.
  const answer = await callServerAction(admin, { file: USERS_ACTIONS, name: "createUserAction" }, user);
  expect(answer.result, answer.text).toMatchObject({ ok: true });
});

test("a form posted to a page from another site is refused with a 403, not a server error", async ({ as }) => {
  const page = await as("city");
  const response = await page.request.post("/activities/new", {
    headers: { Origin: "https://evil.test" },
    multipart: { title: "Forged" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});
