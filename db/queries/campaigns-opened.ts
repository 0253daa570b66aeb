import { sql } from "drizzle-orm";
import type { Db } from "@/db/connection";

export type OpenedCampaign = { id: number; title: string };

/** Every campaign that has been opened (not a draft, not archived), newest year first: those with results to download. */
export function listOpenedCampaigns(db: Db): OpenedCampaign[] {
  return db.all<OpenedCampaign>(
    sql`select id, title from evaluation_campaigns where archived_at is null and state <> 'draft' order by year desc, id desc`,
  );
}
