import Link from "next/link";

/** Says that a list is narrowed to one partnership or locality (from a link), with a way out. */
export function ScopeNotice({ text, clearHref, clearLabel }: { text: string; clearHref: string; clearLabel: string }) {
  return (
    <p className="mb-4 flex flex-wrap items-center gap-3 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-slate-900">
      {text}
      <Link href={clearHref} className="underline">
        {clearLabel}
      </Link>
    </p>
  );
}
