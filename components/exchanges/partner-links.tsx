import Link from "next/link";
import { getLocale } from "next-intl/server";
import type { PartnerName } from "@/db/queries/activities-partners";
import { partnerPlaces, partnershipLabel } from "./labels";

/** The partnerships of a record, each a link to its page. */
export async function PartnerLinks({ partners }: { partners: PartnerName[] }) {
  const locale = await getLocale();
  return (
    <ul className="space-y-1">
      {partners.map((p) => (
        <li key={p.partnershipId}>
          <Link href={`/partnerships/${p.partnershipId}`}>{partnershipLabel(partnerPlaces(p), locale)}</Link>
        </li>
      ))}
    </ul>
  );
}
