import type { DbOrTx } from "@/db/connection";
import { getDormantMonths } from "@/db/queries/app-meta";
import {
  dormantPartnerships,
  evaluationsDue,
  plannedDelegations,
  plannedWindow,
  upcomingAnniversaries,
  type AnniversaryReminder,
  type Bounded,
  type DelegationReminder,
  type DormantReminder,
  type EvaluationReminder,
} from "@/db/queries/reminders";
import { remindersScope, remindsOfEvaluations } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

/** How many of each kind the dashboard lists; the rest are counted and linked. */
const PANEL_ROWS = 8;

/** The dashboard's reminders (components/dashboard/reminders-panel.tsx draws them). */
export type Reminders = {
  scope: "nation" | "province" | "locality";
  today: string;
  dormantMonths: number;
  anniversaries: Bounded<AnniversaryReminder>;
  dormant: Bounded<DormantReminder>;
  /** Null for a reader, who answers no evaluation. */
  evaluations: Bounded<EvaluationReminder> | null;
  delegations: Bounded<DelegationReminder>;
  /** The last day of the planned delegations' window. */
  plannedTo: string;
};

/** The viewer's reminders on the offices' day `today`: round anniversaries, dormant ties, evaluations due, planned delegations. */
export function loadReminders(db: DbOrTx, viewer: Viewer, today: string): Reminders {
  const scope = remindersScope(viewer);
  const dormantMonths = getDormantMonths(db);
  const window = plannedWindow(today);
  return {
    scope: scope.kind,
    today,
    dormantMonths,
    anniversaries: upcomingAnniversaries(db, scope, { today, roundOnly: true, limit: PANEL_ROWS }),
    dormant: dormantPartnerships(db, scope, { today, months: dormantMonths, limit: PANEL_ROWS }),
    evaluations: remindsOfEvaluations(viewer) ? evaluationsDue(db, scope, { limit: PANEL_ROWS }) : null,
    delegations: plannedDelegations(db, scope, { ...window, limit: PANEL_ROWS }),
    plannedTo: window.to,
  };
}
