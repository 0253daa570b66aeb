import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EvaluationsNav } from "@/components/evaluations/evaluations-nav";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { FLAG_RULES } from "@/lib/domain/evaluation-flags";
import { INDEX_DIMENSIONS, INDEX_FORMULA as F } from "@/lib/domain/interaction-index";
import { TableHead } from "@/components/ui/table-head";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations.formula");
  return { title: t("title") };
}

/** The index formula, written out from the same constants the computation uses. */
export default async function IndexFormulaPage() {
  const viewer = await requireCapability("evaluations.answer");
  const [t, ti] = await Promise.all([getTranslations("evaluations.formula"), getTranslations("evaluations.index")]);
  const p = F.depthPoints;
  const rows = {
    length: [t("length"), t("lengthFull", { n: F.lengthFullYears })],
    breadth: [t("breadth"), t("breadthFull", { n: F.breadthFullCategories })],
    depth: [
      t("depth", { ministerial: p.ministerial, bureau: p.bureau, division: p.division, other: p.other, visit: F.officialVisitPoints }),
      t("depthFull"),
    ],
    intensity: [t("intensity", { n: F.intensityFullParticipants }), t("intensityFull", { n: F.intensityFullParticipants })],
    frequency: [t("frequency"), t("frequencyFull", { n: F.frequencyFullEvents })],
  } as const;
  return (
    <>
      <PageHeader title={t("title")} />
      <EvaluationsNav viewer={viewer} current="formula" />
      <div className="max-w-4xl space-y-6">
        <p className="text-sm text-slate-800">{t("intro")}</p>
        <div className="card overflow-x-auto">
          <table className="table-base">
            <TableHead
              caption={t("caption")}
              columns={[t("dimension"), t("measure"), t("full"), { label: t("weight"), className: "text-right" }]}
            />
            <tbody>
              {INDEX_DIMENSIONS.map((d) => (
                <tr key={d}>
                  <th scope="row" className="!bg-transparent">
                    {ti(d)}
                  </th>
                  <td>{rows[d][0]}</td>
                  <td>{rows[d][1]}</td>
                  <td className="text-right tabular-nums">{Math.round(F.weights[d] * 100)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-sm text-slate-700">{t("notes")}</p>
        <section aria-labelledby="flags-rules-title">
          <h2 id="flags-rules-title">{t("flagsTitle")}</h2>
          <p className="mt-2 text-sm text-slate-800">{t("flagsIntro")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
            <li>{t("flagGood", { n: FLAG_RULES.quietYears })}</li>
            <li>{t("flagLow", { n: FLAG_RULES.lowIndex })}</li>
            <li>{t("flagBusy", { events: FLAG_RULES.activeEvents, index: FLAG_RULES.highIndex })}</li>
          </ul>
        </section>
        <section aria-labelledby="percent-title">
          <h2 id="percent-title">{t("percentTitle")}</h2>
          <p className="mt-2 text-sm text-slate-800">{t("percentBody")}</p>
        </section>
      </div>
    </>
  );
}
