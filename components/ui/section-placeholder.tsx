import { getTranslations } from "next-intl/server";
import { ComingSoon } from "./coming-soon";
import { PageHeader } from "./page-header";

type Section = "partnerships" | "activities" | "delegations" | "evaluations" | "localities" | "reports" | "sharing";

/** A section whose feature is not built yet, saying so in the user's language. */
export async function SectionPlaceholder({ section }: { section: Section }) {
  const t = await getTranslations("sections");
  return (
    <>
      <PageHeader title={t(`${section}.title`)} description={t(`${section}.description`)} />
      <ComingSoon plan={t(`${section}.plan`)} />
    </>
  );
}

export async function sectionTitle(section: Section): Promise<string> {
  const t = await getTranslations("sections");
  return t(`${section}.title`);
}
