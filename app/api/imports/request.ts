import { intFromForm } from "@/lib/validation/number";

export const importIdSchema = intFromForm(1, 2_000_000_000);

const MAX_JSON = 512 * 1024;

/** A request's JSON body, or null when it is not JSON or too large (the schema then refuses it). */
export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (text.length > MAX_JSON) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
