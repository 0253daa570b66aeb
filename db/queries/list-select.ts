import type { SQL } from "drizzle-orm";
import type { SelectResultFields } from "drizzle-orm/query-builders/select.types";
import type { SelectedFields, SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";

/**
 * `select <selection> from` a list's own tables and joins, to narrow, order, page, run or
 * build (the page, its count and its export). Drizzle cannot type a chain of joins over a
 * selection that is still generic, so the builders below are written over `SelectedFields`
 * and typed back to the caller's selection here; a column of a left-joined table that may be
 * missing must be selected as `sql<T | null>`.
 */
export interface ListSelect<R> {
  innerJoin(table: SQLiteTable, on: SQL): ListSelect<R>;
  groupBy(...columns: (SQLiteColumn | SQL)[]): ListSelect<R>;
  where(condition: SQL | undefined): ListSelect<R>;
  orderBy(...order: (SQL | SQLiteColumn)[]): ListSelect<R>;
  limit(n: number): ListSelect<R>;
  offset(n: number): ListSelect<R>;
  all(): R[];
  get(): R | undefined;
  toSQL(): { sql: string; params: unknown[] };
}

export type ListRow<S extends SelectedFields> = SelectResultFields<S>;

/** Types a dynamic select built over `SelectedFields` as the select of `S` it is. */
export const asListSelect = <S extends SelectedFields>(query: unknown) => query as ListSelect<ListRow<S>>;
