import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Reminders } from "@/db/loaders/reminders";
import type { Bounded } from "@/db/queries/reminders";
import { reminderSubject, type ReminderSides } from "@/lib/domain/reminder-name";

/**
 * The viewer's reminders: round anniversaries of signing in the next twelve months, dormant
 * partnerships, evaluations due and planned delegations. A city sees its own few; a province or the
 * nation the count of each and the nearest eight, with a link to the list they come from.
 */
export async function RemindersPanel({ reminders }: { reminders: Reminders }) {
  const [t, te, format, locale] = await Promise.all([getTranslations("reminders"), getTranslations("enums"), getFormatter(), getLocale()]);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const name = (r: ReminderSides) => reminderSubject(r, reminders.scope === "locality", locale);
  const { today } = reminders;
  return (
    <section aria-labelledby="reminders-title" className="mb-8" data-testid="reminders">
      <h2 id="reminders-title" className="mb-3">
        {t("title")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <Kind
          id="reminders-anniversaries"
          title={t("anniversaries.title", { n: reminders.anniversaries.total })}
          empty={t("anniversaries.none")}
          all={{ href: "/partnerships?scope=mine&sort=signedOn&dir=asc", label: t("anniversaries.all") }}
          list={reminders.anniversaries}
          item={(r) => (
            <li key={r.partnershipId}>
              <a className="underline" href={`/partnerships/${r.partnershipId}`}>
                {name(r)}
              </a>{" "}
              · {t("anniversaries.item", { years: r.years, date: date(r.date) })}
            </li>
          )}
        />
        <Kind
          id="reminders-dormant"
          title={t("dormant.title", { n: reminders.dormant.total })}
          hint={t("dormant.hint", { months: reminders.dormantMonths })}
          empty={t("dormant.none")}
          all={{ href: "/partnerships?scope=mine&sort=lastActivity&dir=asc", label: t("dormant.all") }}
          list={reminders.dormant}
          testId="dormant-list"
          item={(r) => (
            <li key={r.partnershipId}>
              <a className="underline" href={`/partnerships/${r.partnershipId}`}>
                {name(r)}
              </a>{" "}
              · {r.lastExchange ? t("dormant.last", { date: date(r.lastExchange) }) : t("dormant.never")}
            </li>
          )}
        />
        {reminders.evaluations ? (
          <Kind
            id="reminders-evaluations"
            title={t("evaluations.title", { n: reminders.evaluations.total })}
            empty={t("evaluations.none")}
            all={{ href: "/evaluations?sort=deadline&dir=asc", label: t("evaluations.all") }}
            list={reminders.evaluations}
            item={(r) => (
              <li key={r.evaluationId}>
                <a className="underline" href={`/evaluations/${r.evaluationId}`}>
                  {name(r)}
                </a>{" "}
                · {r.campaignTitle} · {te(`evaluationState.${r.state}`)} ·{" "}
                {r.closesOn < today ? (
                  <span className="badge bg-red-100 text-red-900">{t("evaluations.overdue", { date: date(r.closesOn) })}</span>
                ) : (
                  t("evaluations.closes", { date: date(r.closesOn) })
                )}
              </li>
            )}
          />
        ) : null}
        <Kind
          id="reminders-delegations"
          title={t("delegations.title", { n: reminders.delegations.total })}
          empty={t("delegations.none")}
          all={{
            href: `/delegations?scope=mine&status=planned&from=${today}&to=${reminders.plannedTo}&sort=startDate&dir=asc`,
            label: t("delegations.all"),
          }}
          list={reminders.delegations}
          item={(r) => (
            <li key={r.delegationId}>
              <a className="underline" href={`/delegations/${r.delegationId}`}>
                {r.leaderName}
              </a>{" "}
              · {te(`delegationDirection.${r.direction}`)} · {name(r)} · {date(r.startDate)}
            </li>
          )}
        />
      </div>
    </section>
  );
}

/** One kind of reminder: its heading with the count, the nearest ones, and the way to the rest. */
function Kind<T>(props: {
  id: string;
  title: string;
  hint?: string;
  empty: string;
  all: { href: string; label: string };
  list: Bounded<T>;
  item: (row: T) => ReactNode;
  testId?: string;
}) {
  const { list } = props;
  return (
    <section className="card p-4" aria-labelledby={props.id}>
      <h3 id={props.id} className="mb-2 text-base font-semibold">
        {props.title}
      </h3>
      {props.hint ? <p className="mb-2 text-sm text-slate-600">{props.hint}</p> : null}
      {list.total === 0 ? (
        <p className="text-sm text-slate-600">{props.empty}</p>
      ) : (
        <>
          <ul className="space-y-1 text-sm" data-testid={props.testId}>
            {list.rows.map(props.item)}
          </ul>
          {list.total > list.rows.length ? (
            <p className="mt-2 text-sm">
              <a className="btn-link" href={props.all.href}>
                {props.all.label}
              </a>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
