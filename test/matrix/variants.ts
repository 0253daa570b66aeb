import { HOSTILE_TEXTS, HOSTILE_VALUES } from "./hostile";

/** One hostile call: the arguments, and whether a success would be wrong (a non-number taken for a number). */
export type Variant = { label: string; args: () => unknown[]; mustRefuse: boolean };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof FormData);

/** Every hostile variation of an action's arguments: each whole argument, then each field of an object or a form. */
export function actionVariants(base: unknown[]): Variant[] {
  const variants: Variant[] = [];
  base.forEach((arg, i) => {
    const withArg = (value: unknown) => () => base.map((a, j) => (j === i ? value : a));
    for (const [label, value] of HOSTILE_VALUES)
      variants.push({ label: `argument ${i + 1} is ${label}`, args: withArg(value), mustRefuse: false });
    if (isPlainObject(arg)) {
      for (const key of Object.keys(arg)) {
        for (const [label, value, notANumber] of HOSTILE_VALUES) {
          const mustRefuse = typeof arg[key] === "number" && notANumber;
          variants.push({ label: `${key} is ${label}`, args: withArg({ ...arg, [key]: value }), mustRefuse });
        }
      }
      variants.push({ label: "an unknown field", args: withArg({ ...arg, isAdmin: true }), mustRefuse: false });
    }
    if (arg instanceof FormData) {
      for (const key of new Set(arg.keys())) {
        for (const [label, text] of HOSTILE_TEXTS) {
          variants.push({
            label: `form field ${key} is ${label}`,
            args: withArg(replaceField(arg, key, safeDecode(text))),
            mustRefuse: false,
          });
        }
      }
    }
  });
  if (base.length === 0)
    for (const [label, value] of HOSTILE_VALUES)
      variants.push({ label: `an unexpected argument: ${label}`, args: () => [value], mustRefuse: false });
  return variants;
}

function replaceField(form: FormData, key: string, value: string): FormData {
  const next = new FormData();
  for (const [k, v] of form) if (k !== key) next.append(k, v);
  next.set(key, value);
  return next;
}

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

type Captured = {
  url: string;
  method: string;
  headers: Headers;
  form: FormData | null;
  /** A JSON body (the import routes), else null. */
  json: Record<string, unknown> | null;
  params: Record<string, string>;
};

/** Every hostile variation of a route call: each query parameter, each URL parameter, each form field, and broken bodies. */
export function routeVariants(c: Captured): Variant[] {
  const variants: Variant[] = [];
  const make = (url: string, params: Record<string, string>, body?: FormData | string, contentType?: string) => () => {
    const headers = new Headers(c.headers);
    if (contentType) headers.set("content-type", contentType);
    return [
      new Request(url, { method: c.method, headers, body: c.method === "GET" ? undefined : body }),
      { params: Promise.resolve(params) },
    ];
  };
  const url = new URL(c.url);
  const body = c.form ?? (c.json ? JSON.stringify(c.json) : undefined);
  for (const key of new Set(url.searchParams.keys())) {
    for (const [label, text] of HOSTILE_TEXTS) {
      const query = [...url.searchParams].map(([k, v]) => (k === key ? `${k}=${text}` : `${k}=${encodeURIComponent(v)}`)).join("&");
      variants.push({
        label: `query ${key} is ${label}`,
        args: make(`${url.origin}${url.pathname}?${query}`, c.params, body),
        mustRefuse: false,
      });
    }
    variants.push({ label: `query ${key} given twice`, args: make(`${c.url}&${key}=2`, c.params, body), mustRefuse: false });
  }
  for (const key of Object.keys(c.params)) {
    for (const [label, text] of HOSTILE_TEXTS)
      variants.push({
        label: `URL parameter ${key} is ${label}`,
        args: make(c.url, { ...c.params, [key]: safeDecode(text) }, body),
        mustRefuse: false,
      });
  }
  if (c.form) {
    for (const key of new Set(c.form.keys())) {
      for (const [label, text] of HOSTILE_TEXTS)
        variants.push({
          label: `form field ${key} is ${label}`,
          args: make(c.url, c.params, replaceField(c.form, key, safeDecode(text))),
          mustRefuse: false,
        });
    }
    variants.push({
      label: "a body that is not multipart",
      args: make(c.url, c.params, '{"ownerType":"activity"}', "application/json"),
      mustRefuse: false,
    });
    variants.push({
      label: "a broken multipart body",
      args: make(c.url, c.params, '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nno end', "multipart/form-data; boundary=x"),
      mustRefuse: false,
    });
    variants.push({ label: "an empty body", args: make(c.url, c.params, "", "multipart/form-data; boundary=x"), mustRefuse: false });
  }
  if (c.json) variants.push(...jsonVariants(c.json, (json, contentType = "application/json") => make(c.url, c.params, json, contentType)));
  return variants;
}

const WRONG_TYPES: [string, unknown][] = [
  ["null", null],
  ["a huge number", 1e308],
  ["a negative number", -1],
  ["an array", [1, 2]],
  ["an object", { a: 1 }],
  ["true", true],
];

/** A JSON body with each top-level field hostile text or the wrong type, then broken, empty and wrongly labelled bodies. */
function jsonVariants(json: Record<string, unknown>, make: (body: string, contentType?: string) => () => unknown[]): Variant[] {
  const variants: Variant[] = [];
  for (const key of Object.keys(json)) {
    for (const [label, text] of HOSTILE_TEXTS)
      variants.push({
        label: `JSON field ${key} is ${label}`,
        args: make(JSON.stringify({ ...json, [key]: safeDecode(text) })),
        mustRefuse: false,
      });
    for (const [label, value] of WRONG_TYPES)
      variants.push({ label: `JSON field ${key} is ${label}`, args: make(JSON.stringify({ ...json, [key]: value })), mustRefuse: false });
  }
  variants.push({ label: "broken JSON", args: make('{"version": 1,'), mustRefuse: false });
  variants.push({ label: "an empty body", args: make(""), mustRefuse: false });
  variants.push({
    label: "a JSON body sent as a form",
    args: make(JSON.stringify(json), "application/x-www-form-urlencoded"),
    mustRefuse: false,
  });
  return variants;
}

/** What a route handler was called with, kept so that fresh requests can be built from it. */
export async function captureRoute(args: unknown[]): Promise<Captured> {
  const [req, ctx] = args as [Request, { params: Promise<Record<string, string>> } | undefined];
  const isJson = (req.headers.get("content-type") ?? "").includes("application/json");
  const form = req.method === "GET" || isJson ? null : await req.clone().formData();
  const json = isJson ? (JSON.parse(await req.clone().text()) as Record<string, unknown>) : null;
  return { url: req.url, method: req.method, headers: new Headers(req.headers), form, json, params: (await ctx?.params) ?? {} };
}
