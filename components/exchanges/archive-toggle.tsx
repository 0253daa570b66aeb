"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/server/action-result";

/** Archives or restores a record at the version shown; a refusal is shown in place. */
export function ArchiveToggle({
  id,
  version,
  archived,
  archiveAction,
  restoreAction,
  archiveLabel,
  restoreLabel,
  quiet = false,
}: {
  id: number;
  version: number;
  archived: boolean;
  archiveAction: (input: { id: number; version: number }) => Promise<ActionResult<{ id: number }>>;
  restoreAction: (input: { id: number; version: number }) => Promise<ActionResult<{ id: number }>>;
  archiveLabel: string;
  restoreLabel: string;
  /** A toggle that destroys nothing (featuring a case): never drawn as a danger. */
  quiet?: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <button
        type="button"
        className={archived || quiet ? "btn-secondary" : "btn-danger"}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await (archived ? restoreAction : archiveAction)({ id, version });
            if (result.ok) {
              setError(null);
              router.refresh();
            } else setError(result.error);
          })
        }
      >
        {archived ? restoreLabel : archiveLabel}
      </button>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
