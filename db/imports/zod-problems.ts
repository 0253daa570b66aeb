import type { z } from "zod";
import type { RowProblem } from "@/lib/import/types";

/** A form schema's issues as import problems: the message key the form would show, on the field it names (renamed to the import's). */
export function zodProblems(error: z.ZodError, rename: Record<string, string> = {}): RowProblem[] {
  return error.issues.map((issue) => {
    const path = String(issue.path[0] ?? "");
    const [key, params] = issue.message.split("|");
    return {
      field: rename[path] ?? (path || null),
      key: key!.startsWith("validation.") ? key! : "validation.invalid",
      values: params ? JSON.parse(params) : undefined,
    };
  });
}
