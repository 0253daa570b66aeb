"use client";

import { useEffect, useMemo, useRef } from "react";

/**
 * One pending delayed call (a debounce): `schedule` replaces the pending call, `cancel` drops it,
 * and unmounting cancels it.
 */
export function useTimeout() {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return useMemo(
    () => ({
      cancel: () => {
        if (timer.current) clearTimeout(timer.current);
      },
      schedule: (fn: () => void, ms: number) => {
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(fn, ms);
      },
    }),
    [],
  );
}
