"use client";

import { useState } from "react";

type Choice = { value: string; label: string };
type ScopeField = { name: string; label: string; choices: Choice[]; value: string | undefined };

/** A labelled menu of the annual report's form (its year and language too). */
export function AnnualMenu({ name, label, choices, value, onChange }: ScopeField & { onChange?: (value: string) => void }) {
  return (
    <div>
      <label htmlFor={`annual-${name}`} className="field-label">
        {label}
      </label>
      <select
        id={`annual-${name}`}
        name={name}
        defaultValue={value ?? choices[0]?.value}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        className="input max-w-xs"
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The scope menu and the one menu it calls for: a region for a region's report, a province for a province's,
 * a city for a city's; the nation needs none. The others are not shown, and not sent.
 */
export function AnnualScopeFields({ scope, fields }: { scope: ScopeField; fields: ScopeField[] }) {
  const [chosen, setChosen] = useState(scope.value);
  return (
    <>
      <AnnualMenu {...scope} onChange={setChosen} />
      {fields
        .filter((f) => f.name === chosen && f.choices.length > 0)
        .map((f) => (
          <AnnualMenu key={f.name} {...f} />
        ))}
    </>
  );
}
