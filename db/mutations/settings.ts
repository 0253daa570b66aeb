import type { Db } from "@/db/connection";
import { appMeta } from "@/db/schema";
import { DORMANT_MONTHS_KEY, getDormantMonths } from "@/db/queries/app-meta";
import { runAudited } from "@/db/write/audited";
import { canChangeSettings } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { ForbiddenError, StaleVersionError } from "@/lib/errors/app-error";
import type { DormancySettingValues } from "@/lib/validation/settings";

/**
 * Sets the dormancy threshold (app_meta), audited. The settings have no audited entity of their own:
 * the change is logged as an update of entity "setting" with id 0, the key in its summary.
 */
export function setDormantMonths(db: Db, viewer: Viewer, values: DormancySettingValues): number {
  if (!canChangeSettings(viewer)) throw new ForbiddenError();
  return runAudited(db, viewer.id, (tx, audit) => {
    const before = getDormantMonths(tx);
    if (before !== values.current)
      throw new StaleVersionError({ current: { months: before }, changedFields: ["months"], updatedAt: null, updatedBy: null });
    tx.insert(appMeta)
      .values({ key: DORMANT_MONTHS_KEY, value: String(values.months) })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: String(values.months) } })
      .run();
    audit({
      action: "update",
      entityType: "setting",
      entityId: 0,
      before: { [DORMANT_MONTHS_KEY]: before },
      after: { [DORMANT_MONTHS_KEY]: values.months },
      summary: DORMANT_MONTHS_KEY,
    });
    return values.months;
  });
}
