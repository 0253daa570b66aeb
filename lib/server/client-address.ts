import "server-only";
import { headers } from "next/headers";

const MAX_LENGTH = 64;

/**
 * The client's address as the per-address limits key it: the first hop of X-Forwarded-For (Next
 * fills it with the socket's address when no proxy did), else X-Real-IP, else "local".
 * Trust: these headers come from the reverse proxy in front of Amity, which must overwrite what a
 * client sends; without one, a client can name any address, so the per-address limit is a brake on
 * careless scripts and the per-account limit is the one that cannot be sidestepped.
 */
export function clientAddressFrom(source: Pick<Headers, "get">): string {
  const forwarded = source.get("x-forwarded-for")?.split(",")[0];
  const candidate = (forwarded || source.get("x-real-ip") || "").trim();
  // IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d; one client, one key.
  const address = candidate.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").slice(0, MAX_LENGTH);
  return address || "local";
}

/** The current request's client address (see clientAddressFrom). */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}
