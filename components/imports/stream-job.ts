/** How far a server job has got, as the import routes report it. */
export type JobProgress = { phase: "read" | "match" | "write" | "done"; done: number; total: number };

/**
 * Posts JSON to a route that answers with a progress stream (lib/server/progress-stream.ts) and
 * reports each step; resolves with the result, or the translated error the server sent.
 */
export async function streamJob(
  url: string,
  body: unknown,
  onProgress: (p: JobProgress) => void,
): Promise<{ ok: true } | { ok: false; error: string | null }> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, error: null };
  }
  if (!response.ok || !response.body) {
    const failed = (await response.json().catch(() => null)) as { error?: string } | null;
    return { ok: false, error: failed?.error ?? null };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let newline = buffer.indexOf("\n");
    while (newline >= 0) {
      const event = JSON.parse(buffer.slice(0, newline)) as { progress?: JobProgress; done?: unknown; error?: string };
      buffer = buffer.slice(newline + 1);
      if (event.error) return { ok: false, error: event.error };
      if (event.progress) onProgress(event.progress);
      if (event.done !== undefined) return { ok: true };
      newline = buffer.indexOf("\n");
    }
  }
  return { ok: false, error: null };
}
