import { eq, inArray, notInArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/connection";
import { countries, evaluationCampaigns, evaluations, partnerships, provinces } from "@/db/schema";
import { runAudited } from "@/db/write/audited";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import { now } from "@/lib/domain/clock";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError, ForbiddenError } from "@/lib/errors/app-error";
import type { CampaignFormValues } from "@/lib/validation/campaign";
import { selectCampaignTargets } from "@/db/queries/campaigns";

function requireManager(viewer: Viewer) {
  if (!can(viewer, "campaigns.manage")) throw new ForbiddenError();
}

/** The scope's codes, each once and sorted; a code that does not exist is a field error. */
function checkedScope(
  tx: Tx,
  input: Pick<CampaignFormValues, "scopeProvinces" | "scopeCountries">,
): { scopeProvinces: string[]; scopeCountries: string[] } {
  const scopeProvinces = [...new Set(input.scopeProvinces)].sort();
  const scopeCountries = [...new Set(input.scopeCountries)].sort();
  const knownProvinces = scopeProvinces.length
    ? tx.select({ code: provinces.code }).from(provinces).where(inArray(provinces.code, scopeProvinces)).all()
    : [];
  const knownCountries = scopeCountries.length
    ? tx.select({ code: countries.code }).from(countries).where(inArray(countries.code, scopeCountries)).all()
    : [];
  const fieldErrors: Record<string, string[]> = {};
  if (knownProvinces.length !== scopeProvinces.length) fieldErrors.scopeProvinces = ["validation.invalidChoice"];
  if (knownCountries.length !== scopeCountries.length) fieldErrors.scopeCountries = ["validation.invalidChoice"];
  if (Object.keys(fieldErrors).length) throw new AppError("invalidInput", {}, fieldErrors);
  return { scopeProvinces, scopeCountries };
}

/**
 * Edits a campaign. A draft can change everything. Once open, its evaluations were made from the
 * year, opening date and scope, so only the title, the closing date and the instructions may change
 * (a deadline is often extended); a closed campaign is frozen.
 */
export function updateCampaign(db: Db, viewer: Viewer, input: CampaignFormValues & { id: number; version: number }): { id: number } {
  requireManager(viewer);
  return runAudited(db, viewer.id, (tx, audit) => {
    const campaign = getRowForUpdate(tx, evaluationCampaigns, input.id);
    const values = {
      title: input.title,
      year: input.year,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      ...checkedScope(tx, input),
      instructions: input.instructions || null,
    };
    if (campaign.version === input.version) {
      if (campaign.state === "closed") throw new AppError("campaignClosed");
      const fixedChanged =
        values.year !== campaign.year ||
        values.opensOn !== campaign.opensOn ||
        values.scopeProvinces.join() !== campaign.scopeProvinces.join() ||
        values.scopeCountries.join() !== campaign.scopeCountries.join();
      if (campaign.state === "open" && fixedChanged) throw new AppError("campaignFixedWhenOpen");
    }
    updateVersioned(tx, audit, {
      table: evaluationCampaigns,
      entityType: "campaign",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      values,
    });
    return { id: input.id };
  });
}

/** Creates a campaign as a draft; nothing is asked of anyone until it is opened. */
export function createCampaign(db: Db, viewer: Viewer, input: CampaignFormValues): { id: number } {
  requireManager(viewer);
  return runAudited(db, viewer.id, (tx, audit) => {
    const scope = checkedScope(tx, input);
    const row = tx
      .insert(evaluationCampaigns)
      .values({
        title: input.title,
        year: input.year,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        ...scope,
        instructions: input.instructions || null,
        state: "draft",
        createdBy: viewer.id,
        updatedBy: viewer.id,
      })
      .returning()
      .get();
    audit({ action: "create", entityType: "campaign", entityId: row.id, after: row });
    return { id: row.id };
  });
}

/**
 * Opens a draft campaign: one pending evaluation for every active partnership
 * in scope, assigned to our side's locality. A partnership already evaluated
 * for that year in another campaign is left out, so no year has two answers.
 */
export function openCampaign(db: Db, viewer: Viewer, input: { id: number; version: number }): { created: number } {
  requireManager(viewer);
  return runAudited(db, viewer.id, (tx, audit) => {
    const campaign = getRowForUpdate(tx, evaluationCampaigns, input.id);
    if (campaign.state !== "draft") throw new AppError("campaignNotDraft");
    updateVersioned(tx, audit, {
      table: evaluationCampaigns,
      entityType: "campaign",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      values: { state: "open", openedAt: now() },
    });
    const taken = tx
      .select({ id: evaluations.partnershipId })
      .from(evaluations)
      .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluations.campaignId))
      .where(eq(evaluationCampaigns.year, campaign.year));
    const targets = selectCampaignTargets(
      tx,
      { id: partnerships.id, localityId: partnerships.ourLocalityId },
      campaign,
      notInArray(partnerships.id, taken),
    )
      .orderBy(partnerships.id)
      .all();
    for (const target of targets) {
      const row = tx
        .insert(evaluations)
        .values({
          campaignId: input.id,
          partnershipId: target.id,
          localityId: target.localityId,
          state: "pending",
          createdBy: viewer.id,
          updatedBy: viewer.id,
        })
        .returning()
        .get();
      audit({ action: "create", entityType: "evaluation", entityId: row.id, after: row });
    }
    return { created: targets.length };
  });
}

/** Closes an open campaign: answers and reviews are frozen; results stay readable. */
export function closeCampaign(db: Db, viewer: Viewer, input: { id: number; version: number }): { id: number } {
  requireManager(viewer);
  return runAudited(db, viewer.id, (tx, audit) => {
    const campaign = getRowForUpdate(tx, evaluationCampaigns, input.id);
    if (campaign.state !== "open") throw new AppError("campaignNotOpen");
    updateVersioned(tx, audit, {
      table: evaluationCampaigns,
      entityType: "campaign",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      values: { state: "closed", closedAt: now() },
    });
    return { id: input.id };
  });
}
