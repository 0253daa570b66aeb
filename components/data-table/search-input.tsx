"use client";

import { useEffect, useRef, useState } from "react";
import { useUrlParams } from "./use-url-params";

/** Free-text search bound to a URL parameter, debounced by 300 ms. */
export function SearchInput({
  label,
  placeholder,
  param = "q",
  className,
}: {
  label: string;
  placeholder?: string;
  param?: string;
  className?: string;
}) {
  const { searchParams, setParams } = useUrlParams();
  const [value, setValue] = useState(searchParams.get(param) ?? "");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const id = `search-${param}`;
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="input"
        value={value}
        placeholder={placeholder}
        maxLength={200}
        onChange={(event) => {
          const next = event.target.value;
          setValue(next);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => setParams({ [param]: next.trim() }), 300);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            if (timer.current) clearTimeout(timer.current);
            setParams({ [param]: value.trim() });
          }
        }}
      />
    </div>
  );
}
