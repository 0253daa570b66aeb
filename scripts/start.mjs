// `npm start`: the production start. Build if the sources are newer than the last build, then serve.
// instrumentation.ts creates and migrates the database on start; a new one gets the reference data and
// one national administrator whose one-time password the server prints once. Never demo data:
// that is `npm run demo`, on a database of its own.
import { buildIfNeeded, serve } from "./serve-helpers.mjs";

const env = { ...process.env };
buildIfNeeded(env);
const port = env.PORT || "3000";
console.log(`Amity: starting on http://localhost:${port} (database: ${env.DATABASE_PATH || "data/amity.db"})`);
serve(["next", "start", "-p", port], env);
