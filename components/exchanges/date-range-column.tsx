"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter } from "next-intl";
import { dateRange, isoToDate } from "./labels";

/** The sortable "dates" column of an exchange list (activities, delegations): start to end, unbroken. */
export function useDateRangeColumn<R extends { startDate: string; endDate: string | null }>(header: string): ColumnDef<R> {
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(isoToDate(iso), { dateStyle: "medium", timeZone: "UTC" });
  return {
    id: "startDate",
    header,
    enableSorting: true,
    cell: ({ row }) => <span className="whitespace-nowrap">{dateRange(day, row.original.startDate, row.original.endDate)}</span>,
  };
}
