import "server-only";
import { cookies } from "next/headers";
import type { Viewer } from "@/lib/auth/viewer";
import { decideListScope, scopeCookieName, type ResolvedListScope, type ScopeParams, type ScopedList } from "@/lib/domain/list-scope";

/** The list's last choice on the switch, as the browser remembers it (a cookie the switch sets). */
export async function rememberedScope(list: ScopedList): Promise<string | undefined> {
  return (await cookies()).get(scopeCookieName(list))?.value;
}

/** The scope a list page or its export shows (lib/domain/list-scope.ts decides). */
export async function resolveListScope(viewer: Viewer, list: ScopedList, params: ScopeParams): Promise<ResolvedListScope> {
  return decideListScope(viewer, params, await rememberedScope(list));
}
