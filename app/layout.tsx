import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/shell/demo-banner";
import { isRunningDemo } from "@/db/loaders/demo";
import { documentLanguage } from "@/db/loaders/document-language";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  // A partner page declares its link's language (ja, ko…), not the interface's.
  const lang = await documentLanguage(locale);
  const isDemo = await isRunningDemo();
  return (
    <html lang={lang}>
      <body>
        {lang === locale ? (
          <DemoBanner isDemo={isDemo} />
        ) : (
          <div lang={locale}>
            <DemoBanner isDemo={isDemo} />
          </div>
        )}
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
