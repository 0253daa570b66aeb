import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * "Log activity": opens the quick-log, with the partnership pre-filled when
 * given. Usable from server and client components; show it to roles that may
 * edit (the form itself refuses others).
 */
export function QuickLogButton({ partnershipId, variant = "primary" }: { partnershipId?: number; variant?: "primary" | "secondary" }) {
  const t = useTranslations("activities");
  return (
    <Link
      href={partnershipId ? `/activities/new?partnership=${partnershipId}` : "/activities/new"}
      className={variant === "primary" ? "btn-primary" : "btn-secondary"}
    >
      {t("logActivity")}
    </Link>
  );
}
