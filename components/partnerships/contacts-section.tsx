import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ContactRow } from "@/db/queries/partnerships";
import { CONTACT_SIDES } from "@/lib/domain/enums";

/**
 * The contacts on each side: office, person, role, email, phone, languages.
 * Without `personal` (a viewer outside the record's office: canSeeContactDetails),
 * only each contact's side, office and role: whom to ask, not who they are.
 */
export async function ContactsSection({
  partnershipId,
  contacts,
  canEdit,
  personal,
}: {
  partnershipId: number;
  contacts: ContactRow[];
  canEdit: boolean;
  personal: boolean;
}) {
  const t = await getTranslations("partnerships.contacts");
  return (
    <section aria-labelledby="contacts-title" className="card p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="contacts-title" className="text-base">
          {t("title")}
        </h2>
        {canEdit ? (
          <Link href={`/partnerships/${partnershipId}/contacts/new`} className="btn-secondary py-1">
            {t("add")}
          </Link>
        ) : null}
      </div>
      {personal ? null : <p className="mt-1 text-sm text-slate-700">{t("privateNotice")}</p>}
      <div className="mt-3 grid grid-cols-1 gap-5 lg:grid-cols-2">
        {CONTACT_SIDES.map((side) => {
          const list = contacts.filter((c) => c.side === side);
          return (
            <div key={side}>
              <h3 className="text-sm font-semibold text-slate-800">{t(side)}</h3>
              {list.length === 0 ? (
                <p className="mt-1 text-sm text-slate-600">{t("none")}</p>
              ) : (
                <ul className="mt-1 divide-y divide-slate-200">
                  {list.map((c) =>
                    personal ? (
                      <li key={c.id} className="py-2 text-sm" data-testid="contact">
                        <p className="font-medium text-slate-900">
                          {c.personName}
                          {c.role ? <span className="font-normal text-slate-700"> · {c.role}</span> : null}
                        </p>
                        {c.office ? <p className="text-slate-700">{c.office}</p> : null}
                        <p className="flex flex-wrap gap-x-3 text-slate-700">
                          {c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}
                          {c.phone ? <span>{c.phone}</span> : null}
                          {c.languages ? <span>{t("speaks", { languages: c.languages })}</span> : null}
                        </p>
                        {canEdit ? (
                          <Link
                            href={`/partnerships/${partnershipId}/contacts/${c.id}`}
                            className="text-sm"
                            aria-label={t("editNamed", { name: c.personName })}
                          >
                            {t("edit")}
                          </Link>
                        ) : null}
                      </li>
                    ) : (
                      <li key={c.id} className="py-2 text-sm" data-testid="contact">
                        <p className="font-medium text-slate-900">{c.office ?? t("noOffice")}</p>
                        {c.role ? <p className="text-slate-700">{c.role}</p> : null}
                      </li>
                    ),
                  )}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
