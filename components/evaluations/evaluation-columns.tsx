import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import type { EvaluationTableRow } from "./evaluation-table";
import { countryName, partnershipName } from "./names";

type Names = Pick<
  EvaluationTableRow,
  "ourName" | "ourRomanised" | "ourZh" | "partnerName" | "partnerRomanised" | "partnerZh" | "countryEn" | "countryZh"
>;

/** The sortable partnership column of an evaluation list, each name a link (to `href` of the row). */
export function partnershipColumn<R extends Names>(header: string, locale: string, href: (r: R) => string): ColumnDef<R> {
  return {
    id: "partner",
    header,
    enableSorting: true,
    cell: ({ row: { original: r } }) => (
      <Link href={href(r)} className="font-medium">
        {partnershipName(
          locale,
          { nameLocal: r.ourName, nameRomanised: r.ourRomanised, nameZh: r.ourZh },
          { nameLocal: r.partnerName, nameRomanised: r.partnerRomanised, nameZh: r.partnerZh },
        )}
      </Link>
    ),
  };
}

/** The partner's country column of an evaluation list. */
export function countryColumn<R extends Names>(header: string, locale: string): ColumnDef<R> {
  return {
    id: "country",
    header,
    cell: ({ row: { original: r } }) => countryName(locale, { nameEn: r.countryEn, nameZh: r.countryZh }),
  };
}
