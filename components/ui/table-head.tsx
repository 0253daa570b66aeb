type Column = React.ReactNode | { label: React.ReactNode; className?: string };

const isStyled = (c: Column): c is { label: React.ReactNode; className?: string } => typeof c === "object" && c !== null && "label" in c;

/** A table's caption (for screen readers) and its row of column headings; a heading may carry a class (text-right). */
export function TableHead({ caption, columns }: { caption: string; columns: Column[] }) {
  return (
    <>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) =>
            isStyled(c) ? (
              <th key={i} scope="col" className={c.className}>
                {c.label}
              </th>
            ) : (
              <th key={i} scope="col">
                {c}
              </th>
            ),
          )}
        </tr>
      </thead>
    </>
  );
}
