import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { RootTranslator } from "@/lib/i18n/translate-message";

/** One line of a progress stream: a step reached, the end with its result, or a translated refusal. */
export type ProgressEvent = { progress: unknown } | { done: unknown } | { error: string };

/**
 * A long job's answer as newline-delimited JSON, so the browser can show how far it has got: each
 * progress report is a line, then the result or a translated error. Expected errors (AppError) say
 * what went wrong; anything else is logged and reported as unexpected.
 */
export function progressResponse(t: RootTranslator, job: (report: (progress: unknown) => void) => Promise<unknown>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ProgressEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      let last = 0;
      try {
        const result = await job((progress) => {
          // At most a few reports a second: enough for a progress bar, little for the wire.
          const at = performance.now();
          if (at - last < 100) return;
          last = at;
          send({ progress });
        });
        send({ done: result });
      } catch (error) {
        if (error instanceof AppError)
          send({ error: t.has(`errors.${error.code}`) ? t(`errors.${error.code}`, error.params) : t("errors.invalidInput") });
        else {
          console.error("[progress]", error);
          send({ error: t("errors.unexpected") });
        }
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
}
