import { aliasedTable, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { evaluationCampaigns, evaluations, localities, partnerLinks, partnerships } from "@/db/schema";
import { hashPartnerToken, isWellFormedToken, partnerLinkProblem } from "@/lib/domain/evaluation-token";

const ours = aliasedTable(localities, "ours");
const partner = aliasedTable(localities, "partner");

/** The links sent for one evaluation, newest first, with the partner's answers (never the token hash). */
export function listPartnerLinks(db: DbOrTx, evaluationId: number) {
  return db
    .select({
      id: partnerLinks.id,
      language: partnerLinks.language,
      recipientEmail: partnerLinks.recipientEmail,
      expiresAt: partnerLinks.expiresAt,
      revokedAt: partnerLinks.revokedAt,
      answeredAt: partnerLinks.answeredAt,
      status: partnerLinks.status,
      trend: partnerLinks.trend,
      purposes: partnerLinks.purposes,
      comments: partnerLinks.comments,
      createdAt: partnerLinks.createdAt,
    })
    .from(partnerLinks)
    .where(eq(partnerLinks.evaluationId, evaluationId))
    .orderBy(desc(partnerLinks.id))
    .all();
}
export type PartnerLinkRow = ReturnType<typeof listPartnerLinks>[number];

/**
 * What the partner page may show for a token: the two names and the year,
 * nothing else; or why the link cannot be used. A malformed or unknown
 * token is "invalid".
 */
export function getPartnerLinkView(db: DbOrTx, token: string, now: Date = new Date()) {
  if (!isWellFormedToken(token)) return { problem: "invalid" as const };
  const row = db
    .select({
      link: { id: partnerLinks.id, language: partnerLinks.language, expiresAt: partnerLinks.expiresAt, revokedAt: partnerLinks.revokedAt, answeredAt: partnerLinks.answeredAt },
      campaignState: evaluationCampaigns.state,
      year: evaluationCampaigns.year,
      ours: { nameLocal: ours.nameLocal, nameRomanised: ours.nameRomanised },
      partner: { nameLocal: partner.nameLocal, nameRomanised: partner.nameRomanised },
    })
    .from(partnerLinks)
    .innerJoin(evaluations, eq(evaluations.id, partnerLinks.evaluationId))
    .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluations.campaignId))
    .innerJoin(partnerships, eq(partnerships.id, evaluations.partnershipId))
    .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
    .where(eq(partnerLinks.tokenHash, hashPartnerToken(token)))
    .get();
  if (!row) return { problem: "invalid" as const };
  const problem = row.campaignState !== "open" ? "expired" : partnerLinkProblem(row.link, now);
  return { problem, language: row.link.language, year: row.year, ours: row.ours, partner: row.partner, linkId: row.link.id };
}
export type PartnerLinkView = ReturnType<typeof getPartnerLinkView>;
