import type { PartnerLinkRow } from "@/db/queries/evaluations-partner-links";
import { now as clockNow } from "@/lib/domain/clock";
import { partnerLinkProblem } from "@/lib/domain/evaluation-token";
import type { PartnerLinkItem } from "./partner-link-list";

/** Links as the client list shows them: dates as text, and one state each. */
export function toPartnerLinkItems(rows: PartnerLinkRow[], now: Date = clockNow()): PartnerLinkItem[] {
  return rows.map((r) => {
    const problem = partnerLinkProblem(r, now);
    return {
      ...r,
      state: problem ?? "open",
      createdAt: r.createdAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      answeredAt: r.answeredAt ? r.answeredAt.toISOString() : null,
    };
  });
}
