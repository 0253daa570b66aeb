import Link from "next/link";
import type { PartnerName } from "@/db/queries/activities-partners";
import { partnershipLabel } from "./labels";

/** The partnerships of a record, each a link to its page. */
export function PartnerLinks({ partners }: { partners: PartnerName[] }) {
  return (
    <ul className="space-y-1">
      {partners.map((p) => (
        <li key={p.partnershipId}>
          <Link href={`/partnerships/${p.partnershipId}`}>{partnershipLabel({ ourName: p.ourName, partnerName: p.name, partnerRomanised: p.romanised })}</Link>
        </li>
      ))}
    </ul>
  );
}
