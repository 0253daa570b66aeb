"use client";

import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type SortingState } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { ColumnChooser } from "./column-chooser";
import { Pagination } from "./pagination";
import { useUrlParams } from "./use-url-params";

/**
 * The part of a list's parsed URL (lib/validation/list-params.ts) that the table shows and changes;
 * every list's params object has it, so a table passes its params as they are.
 */
export type TableParams = {
  page: number;
  pageSize: number;
  sort: string;
  dir: "asc" | "desc";
  /** Chosen columns in order, from the URL's `cols`; empty means the defaults. */
  cols?: string;
};

export type DataTableProps<Row> = {
  /** Each column needs an `id`; sortable ones set `enableSorting: true` and their id is the URL sort key. */
  columns: ColumnDef<Row>[];
  rows: Row[];
  total: number;
  params: TableParams;
  caption: string;
  defaultColumns?: string[];
  emptyState?: React.ReactNode;
  getRowId?: (row: Row) => string;
};

/**
 * The one table of the app: the server filters, sorts and pages; this shows
 * the page and writes the user's choices (sort, page, columns) to the URL.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const t = useTranslations("common");
  const { setParams, pending } = useUrlParams();
  const { page, pageSize, sort, dir, cols } = props.params;
  const allIds = props.columns.map((c) => c.id ?? "");
  const chosen = (cols ? cols.split(",") : (props.defaultColumns ?? allIds)).filter((id) => allIds.includes(id));
  const order = chosen.length ? chosen : allIds;
  const sorting: SortingState = [{ id: sort, desc: dir === "desc" }];
  // TanStack Table returns fresh functions each render; the React Compiler then skips this component, which is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: props.rows,
    columns: props.columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: props.getRowId,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    rowCount: props.total,
    state: {
      sorting,
      columnOrder: order,
      columnVisibility: Object.fromEntries(allIds.map((id) => [id, order.includes(id)])),
    },
  });
  const setColumns = (ids: string[]) => setParams({ cols: ids.join(","), page });
  return (
    <div aria-busy={pending}>
      <div className="mb-2 flex justify-end">
        <ColumnChooser
          columns={props.columns.map((c) => ({ id: c.id ?? "", label: typeof c.header === "string" ? c.header : (c.id ?? "") }))}
          chosen={order}
          onChange={setColumns}
        />
      </div>
      <div className={`card overflow-x-auto ${pending ? "opacity-60" : ""}`}>
        <table className="table-base">
          <caption className="sr-only">{props.caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sortable = header.column.getCanSort();
                  const active = sort === header.column.id;
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : sortable ? "none" : undefined}
                    >
                      {sortable ? (
                        <button
                          type="button"
                          className="inline-flex items-center gap-1 font-semibold text-slate-800 hover:text-brand-700"
                          onClick={() => setParams({ sort: header.column.id, dir: active && dir === "asc" ? "desc" : "asc" })}
                        >
                          {label}
                          <span aria-hidden="true" className="text-xs text-slate-500">
                            {active ? (dir === "asc" ? "▲" : "▼") : "↕"}
                          </span>
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="hover:bg-slate-50">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {props.rows.length === 0 ? (
          <div className="p-6 text-sm text-slate-700">{props.emptyState ?? t("rowCount", { count: 0 })}</div>
        ) : null}
      </div>
      <Pagination page={page} pageSize={pageSize} total={props.total} />
    </div>
  );
}
