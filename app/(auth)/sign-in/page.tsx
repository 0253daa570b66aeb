import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getViewer } from "@/lib/auth/session";
import { safeRedirectPath } from "@/lib/domain/safe-redirect";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signIn") };
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  if (await getViewer()) redirect(callbackUrl);
  const [t, tc] = await Promise.all([getTranslations("auth"), getTranslations("common")]);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3">
        <span className="text-lg font-semibold text-brand-800">{tc("appName")}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-12">
        <div className="card w-full max-w-md p-6 sm:p-8">
          <h1 className="mb-2">{t("signInTitle")}</h1>
          <p className="mb-6 text-sm text-slate-600">{t("signInLead")}</p>
          {params.signedOut ? (
            <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
              {t("signedOut")}
            </p>
          ) : null}
          <SignInForm callbackUrl={callbackUrl} />
        </div>
      </main>
      <footer className="px-4 py-6 text-center text-xs text-slate-600">{tc("footer")}</footer>
    </div>
  );
}
