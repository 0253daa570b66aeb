import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/sign-out";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getViewer } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.firstPassword");
  return { title: t("title") };
}

/**
 * Where a user whose password an administrator chose lands from every page (requireViewer) until
 * they choose their own. Outside the app's layout, which would send them here again.
 */
export default async function ChangePasswordPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  if (!viewer.mustChangePassword) redirect("/account");
  const [t, tc] = await Promise.all([getTranslations("account.firstPassword"), getTranslations("common")]);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-3">
        <span className="text-lg font-semibold text-brand-800">{tc("appName")}</span>
        <div className="flex items-center gap-3">
          <span className="text-sm text-slate-800" data-testid="viewer-name">
            {viewer.name}
          </span>
          <LanguageSwitch />
          <form action={signOutAction}>
            <button type="submit" className="btn-secondary py-1.5">
              {tc("signOut")}
            </button>
          </form>
        </div>
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-12">
        <div className="card w-full max-w-md p-6 sm:p-8">
          <h1 className="mb-2">{t("title")}</h1>
          <p className="mb-6 text-sm text-slate-700">{t("lead")}</p>
          <ChangePasswordForm email={viewer.email} afterChange="/" />
        </div>
      </main>
      <footer className="px-4 py-6 text-center text-xs text-slate-600">{tc("footer")}</footer>
    </div>
  );
}
