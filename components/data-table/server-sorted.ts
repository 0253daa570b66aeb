import type { ColumnDef } from "@tanstack/react-table";

/** Columns the server sorts: TanStack only lets a column with an accessor sort, so any accessor (the id) will do. */
export const serverSorted = <R extends { id: number }>(cols: ColumnDef<R>[]): ColumnDef<R>[] =>
  cols.map((c) => ({ accessorFn: (r: R) => r.id, ...c }) as ColumnDef<R>);
