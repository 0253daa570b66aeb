import "server-only";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { evaluationOwner, getEvaluationDetail } from "@/db/queries/evaluations";
import { can, type Capability } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { parseId } from "@/lib/validation/campaign";

/** For evaluation pages: the evaluation in the URL, if the viewer may open it with one of the capabilities. */
export function loadEvaluationForPage(viewer: Viewer, rawId: string, capabilities: Capability[]) {
  const id = parseId(rawId);
  if (id === null) notFound();
  const detail = getEvaluationDetail(getDb(), id);
  if (!detail) notFound();
  const owner = evaluationOwner(detail);
  if (!capabilities.some((c) => can(viewer, c, owner))) redirect("/forbidden");
  return detail;
}
