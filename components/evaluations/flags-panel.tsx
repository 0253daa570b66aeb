import { getTranslations } from "next-intl/server";
import { FLAG_RULES, type DisagreementFlag } from "@/lib/domain/evaluation-flags";

/** The reviewer's warnings where the status given and the log disagree strongly. */
export async function FlagsPanel({ flags }: { flags: DisagreementFlag[] }) {
  const t = await getTranslations("evaluations.flags");
  return (
    <section
      aria-labelledby="flags-title"
      className={`rounded-lg border-2 p-4 ${flags.length ? "border-amber-600 bg-amber-50" : "border-slate-200 bg-white"}`}
      data-testid="flags"
    >
      <h2 id="flags-title" className="text-base">
        {t("title")}
      </h2>
      {flags.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-amber-950">
          {flags.map((flag) => (
            <li key={flag}>{t(flag, { n: FLAG_RULES.lowIndex })}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-slate-700">{t("none")}</p>
      )}
    </section>
  );
}
