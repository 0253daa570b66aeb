import fs from "node:fs";
import path from "node:path";
import { sourceFilesUnder } from "@/test/source-files";

/**
 * Everything a browser can call: the exports of every server-action file
 * (actions.ts, or a file starting with "use server") and of every route.ts
 * under app/, keyed "<file under app>#<export>". next-auth's own handler is
 * left out (it is how a session begins, and is not ours).
 */
const APP_DIR = path.join(process.cwd(), "app");
const OUTSIDE = [path.join("api", "auth", "[...nextauth]", "route.ts")];

const isServerActionFile = (file: string) =>
  /^actions\.tsx?$/.test(path.basename(file)) ||
  /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(fs.readFileSync(file, "utf8"));

/** The files whose exports are callable from outside, relative to app/. */
export function callableFiles(): { actions: string[]; routes: string[] } {
  const files = sourceFilesUnder(APP_DIR);
  const rel = (f: string) => path.relative(APP_DIR, f);
  return {
    actions: files.filter(isServerActionFile).map(rel).sort(),
    routes: files
      .filter((f) => /^route\.ts$/.test(path.basename(f)) && !OUTSIDE.includes(rel(f)))
      .map(rel)
      .sort(),
  };
}

export type Callable = (...args: never[]) => Promise<unknown>;

/** Loads every callable file and lists its function exports by key. */
export async function loadCallables(): Promise<Map<string, Callable>> {
  const { actions, routes } = callableFiles();
  const found = new Map<string, Callable>();
  for (const file of [...actions, ...routes]) {
    const mod = (await import(/* @vite-ignore */ path.join(APP_DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") found.set(`${file}#${name}`, value as Callable);
  }
  return found;
}
