import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { PartnerForm } from "@/components/evaluations/partner-form";
import { PartnerSender } from "@/components/evaluations/partner-sender";
import { loadPartnerLinkView } from "@/db/loaders/document-language";
import { nameForLanguage } from "@/lib/i18n/partner-names";
import { partnerMessages, partnerTranslator } from "@/lib/i18n/partner-questionnaire";

/** Never indexed, and the token in the address never leaves in a Referer header. */
export const metadata: Metadata = { title: "Amity", referrer: "no-referrer", robots: { index: false, follow: false } };

export const dynamic = "force-dynamic";

/**
 * The partner side's page: no account, no app shell, no link into the app. It shows the two names
 * (in the link's language's usual form), the year, and who sent the link, and nothing else. The
 * root layout declares the link's language on <html> (db/loaders/document-language.ts).
 */
export default async function PartnerPage({ params }: PageProps<"/partner/[token]">) {
  const { token } = await params;
  const view = loadPartnerLinkView(token);
  const language = "language" in view && view.language ? view.language : "en";
  const t = partnerTranslator(language);
  const sender = "sender" in view ? view.sender : null;
  return (
    <div lang={language} className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white px-4 py-3">
        <p className="text-sm font-semibold text-brand-800">Amity</p>
      </header>
      <main id="main" className="mx-auto max-w-2xl px-4 py-8">
        <h1>{t("pageTitle")}</h1>
        {view.problem || !("ours" in view) || !view.ours || !view.partner || !view.year ? (
          <p role="alert" className="mt-6 rounded-md border-2 border-amber-600 bg-amber-50 p-4 text-sm text-slate-900">
            {t(`problems.${view.problem ?? "invalid"}`, { minutes: "1" })}
          </p>
        ) : (
          <>
            <p className="mt-3 text-slate-800">
              {t("intro", {
                ours: nameForLanguage(language, view.ours),
                partner: nameForLanguage(language, view.partner),
                year: String(view.year),
              })}
            </p>
            <p className="mt-1 text-sm text-slate-600">{t("privacy")}</p>
            <div className="card mt-6 p-5">
              {/* The form's texts in the link's language, not the visitor's interface language. */}
              <NextIntlClientProvider locale={language} messages={partnerMessages(language)}>
                <PartnerForm token={token} />
              </NextIntlClientProvider>
            </div>
          </>
        )}
        {/* Also under an expired or answered link: the partner knows whom to ask for a new one. */}
        {sender ? <PartnerSender language={language} sender={sender} /> : null}
      </main>
    </div>
  );
}
