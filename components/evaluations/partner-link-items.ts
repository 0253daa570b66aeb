import type { PartnerLinkRow } from "@/db/queries/evaluations-partner-links";
import { partnerLinkProblem } from "@/lib/domain/evaluation-token";
import type { PartnerLinkItem } from "./partner-link-list";

/** Links as the client list shows them: dates as text, and one state each. */
export function toPartnerLinkItems(rows: PartnerLinkRow[], now: Date = new Date()): PartnerLinkItem[] {
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
