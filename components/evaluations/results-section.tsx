import { getFormatter } from "next-intl/server";

/** A results card: a focusable, horizontally scrollable section titled by its heading. */
export function ResultsSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} tabIndex={0} className="card overflow-x-auto p-4">
      <h2 id={`${id}-title`} className="text-base">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A share as the results show it: one decimal and a percent sign (12.5%). */
export async function percentFormatter() {
  const format = await getFormatter();
  return (n: number) => `${format.number(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}
