import { annualTranslator, type AnnualLanguage } from "@/lib/i18n/annual-report";

/**
 * The annual report's generated sentences: each states figures of a section's table
 * ("50.4% of partnerships were rated very good, up 3.1 points from 2017"), in the
 * report's language, with numbers written as its reader expects. A section with an
 * empty base says there are no answers rather than printing shares of nothing.
 */

/** A row of a table as a sentence cites it: its label, count and share (percent, one decimal). */
export type CitedRow = { key: string; label: string; count: number; share: number };

function writer(lang: AnnualLanguage) {
  const t = annualTranslator(lang);
  const nf = new Intl.NumberFormat(lang === "en" ? "en" : "zh-CN");
  return {
    t: (key: string, values?: Record<string, string | number>) => t(`annualReport.sentences.${key}`, values),
    n: (value: number) => nf.format(value),
    pct: (value: number) => `${value.toFixed(1)}%`,
    noAnswers: (year: number) => t("annualReport.doc.noAnswers", { year: String(year) }),
  };
}

/** A change in percentage points, rounded to the tenth the shares are printed with. */
export function pointChange(current: number, previous: number): number {
  return Math.round((current - previous) * 10) / 10;
}

export type OverviewFigures = {
  year: number;
  scope: string;
  total: number;
  countries: number;
  fresh: number;
  answers: number;
  activities: number;
  delegations: number;
  incoming: number;
  outgoing: number;
};

export function overviewSentences(lang: AnnualLanguage, f: OverviewFigures): string[] {
  const w = writer(lang);
  const year = String(f.year);
  const first =
    f.total === 0
      ? w.t("registryEmpty", { year, scope: f.scope })
      : w.t("overview", { year, scope: f.scope, total: w.n(f.total), countries: w.n(f.countries), fresh: w.n(f.fresh) });
  const answers = f.answers > 0 ? w.t("overviewAnswers", { year, answers: w.n(f.answers) }) : w.noAnswers(f.year);
  const exchanges = w.t("overviewExchanges", {
    year,
    activities: w.n(f.activities),
    na: f.activities,
    delegations: w.n(f.delegations),
    nd: f.delegations,
    incoming: w.n(f.incoming),
    outgoing: w.n(f.outgoing),
  });
  return [first, answers, exchanges];
}

export type GrowthFigures = {
  year: number;
  total: number;
  fresh: number;
  top: { country: string; count: number; share: number } | null;
};

export function growthSentences(lang: AnnualLanguage, f: GrowthFigures): string[] {
  const w = writer(lang);
  const year = String(f.year);
  const out = [
    f.fresh > 0
      ? w.t("growth", { year, previous: String(f.year - 1), before: w.n(f.total - f.fresh), total: w.n(f.total), fresh: w.n(f.fresh) })
      : w.t("growthNone", { year, total: w.n(f.total) }),
  ];
  if (f.top && f.top.count > 0) out.push(w.t("topCountry", { country: f.top.country, count: w.n(f.top.count), share: w.pct(f.top.share) }));
  return out;
}

export type StatusFigures = {
  year: number;
  answers: number;
  rows: CitedRow[];
  /** The latest earlier year with answers, and its shares by key; null when there is none. */
  previous: { year: number; shares: Record<string, number> } | null;
};

/** One sentence a status with answers, each compared with the latest earlier year that has answers. */
export function statusSentences(lang: AnnualLanguage, f: StatusFigures): string[] {
  const w = writer(lang);
  if (f.answers <= 0) return [w.noAnswers(f.year)];
  const out = f.rows
    .filter((r) => r.count > 0)
    .map((r) => {
      let change = "";
      if (f.previous) {
        const diff = pointChange(r.share, f.previous.shares[r.key] ?? 0);
        const year = String(f.previous.year);
        change =
          diff > 0
            ? w.t("up", { year, points: Math.abs(diff).toFixed(1) })
            : diff < 0
              ? w.t("down", { year, points: Math.abs(diff).toFixed(1) })
              : w.t("same", { year });
      }
      return w.t("statusRow", { share: w.pct(r.share), label: r.label, count: w.n(r.count), n: r.count, change });
    });
  if (!f.previous) out.push(w.t("noEarlier"));
  return out;
}

export type ChoiceFigures = { year: number; answers: number; rows: CitedRow[]; multiple?: boolean };

/**
 * A question's answers in one sentence, most chosen first, as the report writes them
 * ("在133份有效问卷中，选择“很好”的有67份，占问卷总数的50.4%；…").
 */
export function choiceSentences(lang: AnnualLanguage, f: ChoiceFigures): string[] {
  const w = writer(lang);
  if (f.answers <= 0) return [w.noAnswers(f.year)];
  const rows = f.rows.filter((r) => r.count > 0).sort((a, b) => b.count - a.count);
  const parts = rows.map((r) => w.t("choiceRow", { label: r.label, count: w.n(r.count), share: w.pct(r.share) }));
  const out = [w.t("choicesIntro", { year: String(f.year), answers: w.n(f.answers) }) + parts.join(w.t("choiceJoin")) + w.t("choiceEnd")];
  if (f.multiple) out.push(w.t("multiple"));
  return out;
}

export type RegionFigures = { rows: CitedRow[]; topProvince: { name: string; count: number } | null };

export function regionSentences(lang: AnnualLanguage, f: RegionFigures): string[] {
  const w = writer(lang);
  const rows = f.rows.filter((r) => r.count > 0);
  if (!rows.length) return [];
  const out = [
    rows.map((r) => w.t("regionRow", { region: r.label, count: w.n(r.count), share: w.pct(r.share) })).join(w.t("choiceJoin")) +
      w.t("choiceEnd"),
  ];
  if (f.topProvince && f.topProvince.count > 0)
    out.push(w.t("topProvince", { province: f.topProvince.name, count: w.n(f.topProvince.count) }));
  return out;
}

export type ChangedFigures = { year: number; previous: number | null; count: number; up: number; down: number };

export function changedSentences(lang: AnnualLanguage, f: ChangedFigures): string[] {
  const w = writer(lang);
  if (f.previous === null) return [w.t("changedNoEarlier", { year: String(f.year) })];
  const previous = String(f.previous);
  if (f.count === 0) return [w.t("changedNone", { previous })];
  return [w.t("changed", { previous, count: w.n(f.count), n: f.count, up: w.n(f.up), down: w.n(f.down) })];
}

export type NotableFigures = {
  year: number;
  anniversaries: number;
  /** The year's largest delegation: our locality, its leader, whether it came or went, and its members. */
  largest: { ours: string; leader: string; direction: "incoming" | "outgoing"; members: number } | null;
};

export function notableSentences(lang: AnnualLanguage, f: NotableFigures): string[] {
  const w = writer(lang);
  const year = String(f.year);
  return [
    f.anniversaries > 0
      ? w.t("anniversaries", { year, count: w.n(f.anniversaries), n: f.anniversaries })
      : w.t("anniversariesNone", { year }),
    f.largest
      ? w.t("largestDelegation", {
          year,
          ours: f.largest.ours,
          leader: f.largest.leader,
          direction: f.largest.direction,
          members: w.n(f.largest.members),
          n: f.largest.members,
        })
      : w.t("delegationsNone", { year }),
  ];
}
