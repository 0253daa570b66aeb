import Link from "next/link";
import { ArchiveToggle } from "./archive-toggle";

type Toggle = React.ComponentProps<typeof ArchiveToggle>;

/**
 * The header actions of an activity or delegation for those who may edit it: "Edit" (while it is
 * not archived) and archive/restore.
 */
export function ExchangeRecordActions({
  record,
  editHref,
  labels,
  archiveAction,
  restoreAction,
}: {
  record: { id: number; version: number; archivedAt: Date | string | null };
  editHref: string;
  labels: { edit: string; archive: string; restore: string };
  archiveAction: Toggle["archiveAction"];
  restoreAction: Toggle["restoreAction"];
}) {
  return (
    <>
      {!record.archivedAt ? (
        <Link href={editHref} className="btn-primary">
          {labels.edit}
        </Link>
      ) : null}
      <ArchiveToggle
        id={record.id}
        version={record.version}
        archived={Boolean(record.archivedAt)}
        archiveAction={archiveAction}
        restoreAction={restoreAction}
        archiveLabel={labels.archive}
        restoreLabel={labels.restore}
      />
    </>
  );
}
