import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getActiveCalendarFeed } from "@/db/queries/calendar-feeds";
import { getOwnAccount, listProvinceOptions } from "@/db/queries/users-admin";
import { CalendarFeed } from "@/components/account/calendar-feed";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { LanguagePreference } from "@/components/account/language-preference";
import { Profile } from "@/components/account/profile";
import { scopeLabel } from "@/components/admin/province-options";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const viewer = await requireViewer();
  const [t, tr, locale] = await Promise.all([getTranslations("account"), getTranslations("reminders.account"), getLocale()]);
  const db = getDb();
  const me = getOwnAccount(db, viewer);
  const scope = me ? scopeLabel(me, listProvinceOptions(db), locale) : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid max-w-5xl grid-cols-1 gap-6 lg:grid-cols-2">
        <section aria-labelledby="profile-title" className="card p-6">
          <h2 id="profile-title" className="mb-4">
            {t("profile.title")}
          </h2>
          <Profile profile={{ name: viewer.name, email: viewer.email, role: viewer.role, scope, lastSignInAt: me?.lastSignInAt ?? null }} />
        </section>
        <section aria-labelledby="language-title" className="card p-6">
          <h2 id="language-title" className="mb-4">
            {t("language.title")}
          </h2>
          <LanguagePreference preferred={viewer.locale} />
        </section>
        <section aria-labelledby="password-title" className="card p-6 lg:col-span-2 lg:max-w-2xl">
          <h2 id="password-title">{t("password.title")}</h2>
          <p className="mb-4 mt-1 text-sm text-slate-700">{t("password.lead")}</p>
          <ChangePasswordForm email={viewer.email} />
        </section>
        <section aria-labelledby="calendar-feed-title" className="card p-6 lg:col-span-2 lg:max-w-2xl">
          <h2 id="calendar-feed-title" className="mb-2">
            {tr("title")}
          </h2>
          <CalendarFeed feed={getActiveCalendarFeed(db, viewer.id)} />
        </section>
      </div>
    </>
  );
}
