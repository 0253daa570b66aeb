/** One term and its value in a record page's description list; an empty value shows a dash. */
export function DetailRow({ term, children }: { term: string; children: React.ReactNode }) {
  const empty = children === null || children === undefined || children === "";
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-slate-700">{term}</dt>
      <dd className="whitespace-pre-line text-sm text-slate-900">{empty ? "—" : children}</dd>
    </div>
  );
}
