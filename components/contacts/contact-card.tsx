import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ContactSide } from "@/lib/domain/enums";

type Contact = {
  partnershipId: number;
  side: ContactSide;
  role: string | null;
  email: string | null;
  phone: string | null;
  languages: string | null;
};

/** How to reach a contact, and whose side they are on; without `personal`, their side and role only (canSeeContactDetails). */
export async function ContactCard({ contact: c, pair, personal }: { contact: Contact; pair: string; personal: boolean }) {
  const [t, te] = await Promise.all([getTranslations("contacts"), getTranslations("enums")]);
  const rows: [string, React.ReactNode][] = [
    [
      t("columns.partnership"),
      <Link key="p" href={`/partnerships/${c.partnershipId}`}>
        {pair}
      </Link>,
    ],
    [t("columns.side"), te(`contactSide.${c.side}`)],
    [t("columns.role"), c.role ?? "—"],
  ];
  if (personal)
    rows.push(
      [
        t("columns.email"),
        c.email ? (
          <a key="e" href={`mailto:${c.email}`} className="break-all">
            {c.email}
          </a>
        ) : (
          "—"
        ),
      ],
      [
        t("columns.phone"),
        c.phone ? (
          <a key="t" href={`tel:${c.phone.replace(/[^\d+]/g, "")}`}>
            {c.phone}
          </a>
        ) : (
          "—"
        ),
      ],
      [t("columns.languages"), c.languages ?? "—"],
    );
  return (
    <section aria-labelledby="contact-details" className="card mb-6 p-4">
      <h2 id="contact-details" className="mb-3 text-base">
        {t("details")}
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-sm font-medium text-slate-700">{label}</dt>
            <dd className="text-sm text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {personal ? null : <p className="mt-3 text-sm text-slate-700">{t("privateNotice")}</p>}
    </section>
  );
}
