import { AppError } from "@/lib/errors/app-error";

/** What a call threw: an AppError's code, another error as text, or "none" if it returned. */
export function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
  return "none";
}
