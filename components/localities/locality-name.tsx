import { localityNames, type LocalityNameForms } from "@/lib/domain/locality-name";

/**
 * A locality's name as the reader's language puts it (lib/domain/locality-name.ts): the
 * primary name, and the others beside it in a quieter type. Works on server and client.
 */
export function LocalityName({ place, locale, className }: { place: LocalityNameForms; locale: string; className?: string }) {
  const { primary, secondary } = localityNames(place, locale);
  return (
    <span className={className}>
      <span>{primary}</span>{" "}
      {secondary.length > 0 ? <span className="ml-1 text-sm font-normal text-slate-600">{secondary.join(" · ")}</span> : null}
    </span>
  );
}
