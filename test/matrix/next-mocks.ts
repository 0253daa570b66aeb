import { getViewerById } from "@/db/queries/users";
import { state } from "./state";

/**
 * Stand-ins for the Next-only modules the actions and routes import, so that
 * the real exported functions run in-process (vi.mock factories import these).
 */
export function sessionMock() {
  // The viewer is read fresh from the database, as lib/auth/session.ts does: a deactivation counts at once.
  const getViewer = async () => (state.viewer && state.db ? (getViewerById(state.db, state.viewer.id) ?? null) : null);
  return {
    getViewer,
    requireViewer: async () => {
      const viewer = await getViewer();
      if (!viewer) throw new Error("NEXT_REDIRECT /sign-in");
      return viewer;
    },
    requireCapability: async () => {
      throw new Error("requireCapability is for pages");
    },
  };
}

export function dbClientMock() {
  return {
    getDb: () => {
      if (!state.db) throw new Error("no test database");
      return state.db;
    },
  };
}

export function headersMock() {
  const jar = {
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined),
    has: (name: string) => state.cookies.has(name),
    set: (name: string, value: string) => void state.cookies.set(name, value),
    delete: (name: string) => void state.cookies.delete(name),
    getAll: () => [...state.cookies].map(([name, value]) => ({ name, value })),
  };
  return { cookies: async () => jar, headers: async () => state.headers };
}

export function cacheMock() {
  return { revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined };
}

/** next-auth's functions: no session cookie here, and credentials always wrong (sign-in has its own tests). */
export async function authMock() {
  const { CredentialsSignin } = await import("next-auth");
  return {
    auth: async () => null,
    signIn: async () => {
      throw new CredentialsSignin();
    },
    signOut: async () => undefined,
    handlers: { GET: async () => new Response(null, { status: 404 }), POST: async () => new Response(null, { status: 404 }) },
  };
}

/** next-auth's error classes (the real package cannot load outside Next: it imports next/server). */
export function nextAuthMock() {
  class AuthError extends Error {
    type = "AuthError";
  }
  class CredentialsSignin extends AuthError {
    code = "credentials";
  }
  return { AuthError, CredentialsSignin, default: () => ({}) };
}
