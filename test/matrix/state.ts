import type { Db } from "@/db/connection";
import type { Viewer } from "@/lib/auth/viewer";

/**
 * What the mocked Next modules answer in the in-process tests: the signed-in
 * viewer (null: anonymous), the database, and the request's headers.
 */
export const state: {
  viewer: (Viewer & { passwordChangedAt?: Date | null }) | null;
  db: Db | null;
  headers: Headers;
  cookies: Map<string, string>;
} = {
  viewer: null,
  db: null,
  headers: new Headers(),
  cookies: new Map(),
};
