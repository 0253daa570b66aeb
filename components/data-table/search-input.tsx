"use client";

import { useState } from "react";
import { useTimeout } from "@/components/ui/use-timeout";
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
  const timer = useTimeout();
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
          timer.schedule(() => setParams({ [param]: next.trim() }), 300);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            timer.cancel();
            setParams({ [param]: value.trim() });
          }
        }}
      />
    </div>
  );
}
