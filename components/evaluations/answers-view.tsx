import { getTranslations } from "next-intl/server";
import type { evaluations } from "@/db/schema";

type Answers = Pick<
  typeof evaluations.$inferSelect,
  "status" | "trend" | "purposes" | "mostFrequentCategory" | "politicalEffect" | "achievements" | "problems" | "plans"
>;

/** Our side's answers, read-only (what was submitted, what the reviewer reads). */
export async function AnswersView({ answers, year, title }: { answers: Answers; year: number; title: string }) {
  const [t, te] = await Promise.all([getTranslations("evaluations.form"), getTranslations("enums")]);
  const none = <span className="text-slate-600">{t("notAnswered")}</span>;
  const items: { key: string; label: string; value: React.ReactNode }[] = [
    { key: "status", label: t("status", { year }), value: answers.status ? te(`partnershipStatus.${answers.status}`) : none },
    { key: "trend", label: t("trend"), value: answers.trend ? te(`activityTrend.${answers.trend}`) : none },
    {
      key: "purposes",
      label: t("purposes"),
      value: answers.purposes?.length ? (
        <ul className="list-disc pl-5">
          {answers.purposes.map((p) => (
            <li key={p}>{te(`purpose.${p}`)}</li>
          ))}
        </ul>
      ) : (
        none
      ),
    },
    {
      key: "mostFrequentCategory",
      label: t("mostFrequentCategory"),
      value: answers.mostFrequentCategory ? te(`activityCategory.${answers.mostFrequentCategory}`) : t("noCategory"),
    },
    {
      key: "politicalEffect",
      label: t("politicalEffect"),
      value: answers.politicalEffect ? te(`politicalEffect.${answers.politicalEffect}`) : none,
    },
    { key: "achievements", label: t("achievements"), value: answers.achievements || none },
    { key: "problems", label: t("problems"), value: answers.problems || none },
    { key: "plans", label: t("plans"), value: answers.plans || none },
  ];
  return (
    <section aria-labelledby="answers-title" className="card p-5">
      <h2 id="answers-title" className="text-base">
        {title}
      </h2>
      <dl className="mt-3 divide-y divide-slate-200 text-sm" data-testid="answers">
        {items.map((item) => (
          <div key={item.key} className="grid gap-1 py-2 sm:grid-cols-[16rem_1fr]">
            <dt className="font-medium text-slate-700">{item.label}</dt>
            <dd className="whitespace-pre-line text-slate-900">{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
