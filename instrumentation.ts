/** On server start: migrate and, on a new database, seed, before the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { initDatabase } = await import("./db/init");
  initDatabase();
}
