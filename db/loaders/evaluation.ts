import "server-only";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getEvaluationFacts } from "@/db/queries/evaluation-facts";
import { evaluationOwner, getEvaluationDetail, type EvaluationDetail } from "@/db/queries/evaluations";
import { getInteractionIndexBulk } from "@/db/queries/interaction-index";
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

/** What the log says about an evaluation's partnership in the campaign's year: the facts and the interaction index. */
export function evaluationEvidence(detail: Pick<EvaluationDetail, "evaluation" | "campaign">) {
  const db = getDb();
  const { evaluation: e, campaign } = detail;
  const facts = getEvaluationFacts(db, e.partnershipId, campaign.year);
  const index = getInteractionIndexBulk(db, [e.partnershipId], campaign.year).get(e.partnershipId);
  return { facts, index };
}
