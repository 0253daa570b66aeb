import { getTranslations } from "next-intl/server";

/** How the totals above were counted and what they leave out, so they can be checked against the tables. */
export async function ReportNotes({ notes }: { notes: string[] }) {
  const t = await getTranslations("reportNotes");
  return (
    <section
      className="mb-6 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700"
      aria-labelledby="report-notes-title"
    >
      <h2 id="report-notes-title" className="mb-1 text-sm font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <ul className="list-disc space-y-0.5 pl-5">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
