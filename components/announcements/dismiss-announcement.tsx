"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { dismissAnnouncementAction } from "@/app/(app)/sharing/announcements/actions";

/** Marks an announcement read, so that it leaves the dashboard; a refusal is shown in place. */
export function DismissAnnouncement({ id, label, text }: { id: number; label: string; text: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="btn-link"
        aria-label={label}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await dismissAnnouncementAction({ id });
            if (result.ok) router.refresh();
            else setError(result.error);
          })
        }
      >
        {text}
      </button>
      {error ? (
        <span role="alert" className="field-error">
          {error}
        </span>
      ) : null}
    </>
  );
}
