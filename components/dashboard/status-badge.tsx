const STYLES: Record<string, string> = {
  very_good: "bg-green-100 text-green-900",
  good: "bg-blue-100 text-blue-900",
  maintaining_contact: "bg-amber-100 text-amber-900",
  suspended: "bg-red-100 text-red-900",
};

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`badge ${STYLES[status] ?? "bg-slate-100 text-slate-800"}`}>{label}</span>;
}
