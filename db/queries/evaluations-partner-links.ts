import { aliasedTable, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { evaluationCampaigns, localities, partnerLinks, provinces, users } from "@/db/schema";
import { now as clockNow } from "@/lib/domain/clock";
import { hashPartnerToken, isWellFormedToken, partnerLinkProblem } from "@/lib/domain/evaluation-token";
import { ours, partner, selectPartnerLinkPairs } from "./evaluation-pair";

const senderLocality = aliasedTable(localities, "sender_locality");

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
 * What the partner page may show for a token: the two names (every form, for the page's language
 * to choose from), the year, and who sent the link (the creator's name, email and office, so the
 * partner knows whom to ask); or why the link cannot be used. A malformed or unknown token is
 * "invalid".
 */
export function getPartnerLinkView(db: DbOrTx, token: string, now: Date = clockNow()) {
  if (!isWellFormedToken(token)) return { problem: "invalid" as const };
  const row = selectPartnerLinkPairs(db, {
    link: {
      id: partnerLinks.id,
      language: partnerLinks.language,
      expiresAt: partnerLinks.expiresAt,
      revokedAt: partnerLinks.revokedAt,
      answeredAt: partnerLinks.answeredAt,
    },
    campaignState: evaluationCampaigns.state,
    year: evaluationCampaigns.year,
    ours: { nameLocal: ours.nameLocal, nameRomanised: ours.nameRomanised, nameZh: ours.nameZh, countryCode: ours.countryCode },
    partner: {
      nameLocal: partner.nameLocal,
      nameRomanised: partner.nameRomanised,
      nameZh: partner.nameZh,
      countryCode: partner.countryCode,
    },
    createdBy: partnerLinks.createdBy,
  })
    .where(eq(partnerLinks.tokenHash, hashPartnerToken(token)))
    .get();
  if (!row) return { problem: "invalid" as const };
  const problem = row.campaignState !== "open" ? "expired" : partnerLinkProblem(row.link, now);
  const sender = getLinkSender(db, row.createdBy, row.ours);
  return { problem, language: row.link.language, year: row.year, ours: row.ours, partner: row.partner, sender, linkId: row.link.id };
}

type Place = { nameLocal: string; nameRomanised: string; nameZh: string | null; countryCode: string };

/**
 * Who sent a link, for the partner to know whom to ask: the creator's name and email, and their
 * office: their locality, else their province (a province administrator), else (no creator
 * recorded) our side of the partnership.
 */
function getLinkSender(db: DbOrTx, createdBy: number | null, ourSide: Place) {
  const user =
    createdBy === null
      ? undefined
      : db
          .select({
            name: users.name,
            email: users.email,
            locality: {
              nameLocal: senderLocality.nameLocal,
              nameRomanised: senderLocality.nameRomanised,
              nameZh: senderLocality.nameZh,
              countryCode: senderLocality.countryCode,
            },
            province: { nameEn: provinces.nameEn, nameZh: provinces.nameZh },
          })
          .from(users)
          .leftJoin(senderLocality, eq(senderLocality.id, users.localityId))
          .leftJoin(provinces, eq(provinces.code, users.provinceCode))
          .where(eq(users.id, createdBy))
          .get();
  const office = user?.locality
    ? { kind: "locality" as const, locality: user.locality }
    : user?.province
      ? { kind: "province" as const, province: user.province }
      : { kind: "locality" as const, locality: ourSide };
  return { office, contact: user ? { name: user.name, email: user.email } : null };
}
