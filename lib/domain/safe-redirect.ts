/** A same-site path to return to after sign-in; anything else becomes the dashboard. */
export function safeRedirectPath(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return "/";
  if (candidate.startsWith("/sign-in") || candidate.startsWith("/api/")) return "/";
  return candidate;
}
