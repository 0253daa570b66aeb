import Link from "next/link";
import { useTranslations } from "next-intl";

/** A form's save button (“Saving…” while pending) and its cancel link, then any further buttons. */
export function SaveOrCancel({
  pending,
  saveLabel,
  cancelHref,
  cancelLabel,
  className,
  children,
}: {
  pending: boolean;
  saveLabel: string;
  cancelHref: string;
  cancelLabel: string;
  className: string;
  children?: React.ReactNode;
}) {
  const tc = useTranslations("common");
  return (
    <div className={className}>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? tc("saving") : saveLabel}
      </button>
      <Link href={cancelHref} className="btn-secondary">
        {cancelLabel}
      </Link>
      {children}
    </div>
  );
}
