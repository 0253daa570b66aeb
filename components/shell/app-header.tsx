import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/sign-out";
import type { SessionViewer } from "@/lib/auth/session";
import { hasCapability } from "@/lib/auth/permissions";
import { QuickLogButton } from "@/components/exchanges/quick-log-button";
import { LanguageSwitch } from "./language-switch";

/** `scope`: the place the viewer's role is limited to (db/loaders/viewer-scope.ts), null for the whole country. */
export async function AppHeader({ viewer, scope }: { viewer: SessionViewer; scope: string | null }) {
  const [t, te, tn] = await Promise.all([getTranslations("common"), getTranslations("enums"), getTranslations("nav")]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5">
        <Link href="/" className="text-lg font-semibold text-brand-800 no-underline hover:no-underline">
          {t("appName")}
        </Link>
        <span className="hidden text-sm text-slate-600 md:inline">{t("tagline")}</span>
        <div className="ml-auto flex flex-wrap items-center gap-3">
          <Link href="/account" className="text-right text-sm leading-tight text-slate-800 no-underline hover:no-underline">
            <span className="sr-only">{tn("account")}: </span>
            <span className="block font-medium" data-testid="viewer-name">
              {viewer.name}
            </span>
            <span className="block text-xs text-slate-600" data-testid="viewer-role">
              {te(`role.${viewer.role}`)}
              {scope ? ` · ${scope}` : ""}
            </span>
          </Link>
          {hasCapability(viewer, "records.edit") ? <QuickLogButton variant="secondary" /> : null}
          <LanguageSwitch />
          <form action={signOutAction}>
            <button type="submit" className="btn-secondary py-1.5">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
