"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";

/** The state of a button whose action is confirmed in place: confirming or not, the outcome's message, the pending transition. */
export function useConfirmedStep() {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return { router, confirming, setConfirming, message, setMessage, pending, startTransition };
}
