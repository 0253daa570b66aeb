/** A choice of a long list (a locality among hundreds), with the group it is shown under (its province or country). */
export type GroupedChoice = { value: string; label: string; group?: string | null };
export type ChoiceGroup = { group: string | null; options: { value: string; label: string }[] };

/**
 * Groups choices for a <select> with <optgroup>s, groups and choices in the
 * order given, and makes every label unique, since a closed select shows the
 * label alone: a name found in two groups (朝阳区 of Beijing and of Changchun)
 * gets its group; a name twice in one group (a record entered twice) gets
 * its number.
 */
export function groupChoices(choices: GroupedChoice[]): ChoiceGroup[] {
  const groupsOf = new Map<string, Set<string>>();
  for (const c of choices) groupsOf.set(c.label, (groupsOf.get(c.label) ?? new Set()).add(c.group ?? ""));
  const seen = new Map<string, number>();
  for (const c of choices) seen.set(`${c.group ?? ""}\u0000${c.label}`, (seen.get(`${c.group ?? ""}\u0000${c.label}`) ?? 0) + 1);
  const groups: ChoiceGroup[] = [];
  const index = new Map<string, ChoiceGroup>();
  for (const c of choices) {
    const key = c.group ?? "";
    let g = index.get(key);
    if (!g) {
      g = { group: c.group ?? null, options: [] };
      index.set(key, g);
      groups.push(g);
    }
    let label = c.label;
    if ((groupsOf.get(c.label)?.size ?? 0) > 1 && c.group) label = `${label} · ${c.group}`;
    if ((seen.get(`${key}\u0000${c.label}`) ?? 0) > 1) label = `${label} · #${c.value}`;
    g.options.push({ value: c.value, label });
  }
  return groups;
}
