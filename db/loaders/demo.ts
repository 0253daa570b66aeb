import "server-only";
import { connection } from "next/server";
import { cache } from "react";
import { getDb } from "@/db/client";
import { isDemoDatabase } from "@/db/queries/app-meta";

/** One read of app_meta per request, however many times it is asked for. */
const readIsDemo = cache(() => isDemoDatabase(getDb()));

/** Whether the running database is a demonstration one (the running database decides, never the build). */
export async function isRunningDemo(): Promise<boolean> {
  await connection();
  return readIsDemo();
}
