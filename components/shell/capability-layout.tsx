import type { ReactNode } from "react";
import type { Capability } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";

/**
 * The layout of a page with a loading skeleton (loading.tsx). The skeleton streams at once, so a
 * refusal in the page itself would arrive as a client-side redirect under a 200. Checked here,
 * above the skeleton, a signed-out or refused visitor gets a real redirect (307) before any byte.
 */
export function capabilityLayout(capability: Capability) {
  return async function CapabilityLayout({ children }: { children: ReactNode }) {
    await requireCapability(capability);
    return children;
  };
}
