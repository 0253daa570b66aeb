import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getPartnerLinkView } from "@/db/queries/evaluations-partner-links";
import { PATH_HEADER } from "@/lib/i18n/path-header";

/** One read of a partner link per request, shared by the root layout (for <html lang>) and the partner page. */
export const loadPartnerLinkView = cache((token: string) => getPartnerLinkView(getDb(), token));

function partnerToken(path: string): string | null {
  const match = /^\/partner\/([^/]+)\/?$/.exec(path);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/**
 * The language the document declares on <html>: a partner page's own (its link's language, so that
 * a Japanese page is not announced as Chinese), else the interface's.
 */
export async function documentLanguage(interfaceLocale: string): Promise<string> {
  const token = partnerToken((await headers()).get(PATH_HEADER) ?? "");
  if (token === null) return interfaceLocale;
  const view = loadPartnerLinkView(token);
  return "language" in view && view.language ? view.language : "en";
}
