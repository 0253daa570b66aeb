import type { PartnerLanguage } from "@/lib/domain/enums";
import { officeForLanguage, type SenderOffice } from "@/lib/i18n/partner-names";
import { partnerTranslator } from "@/lib/i18n/partner-questionnaire";

export type PartnerLinkSender = { office: SenderOffice; contact: { name: string; email: string } | null };

/** Which office sent the partner's link and whom to contact (the staff member who created it). */
export function PartnerSender({ language, sender }: { language: PartnerLanguage; sender: PartnerLinkSender }) {
  const t = partnerTranslator(language);
  return (
    <section aria-labelledby="partner-sender-title" className="mt-6 rounded-md border border-slate-200 bg-white p-4 text-sm text-slate-800">
      <h2 id="partner-sender-title" className="text-base">
        {t("senderTitle")}
      </h2>
      <p className="mt-1">{t("sentBy", { office: officeForLanguage(language, sender.office) })}</p>
      {sender.contact ? (
        <p className="mt-1">
          {t("contact")}: {sender.contact.name} ·{" "}
          <a className="underline" href={`mailto:${sender.contact.email}`}>
            {sender.contact.email}
          </a>
        </p>
      ) : null}
    </section>
  );
}
