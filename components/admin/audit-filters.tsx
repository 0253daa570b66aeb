import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AUDIT_ACTIONS, AUDITED_ENTITIES } from "@/lib/domain/enums";
import type { AuditListParams } from "@/lib/validation/user-lists";

/** A plain GET form: the filters land in the URL, and work without script. */
export async function AuditFilters({ params, users }: { params: AuditListParams; users: { id: number; name: string; email: string }[] }) {
  const [t, te, tc] = await Promise.all([getTranslations("admin.audit"), getTranslations("enums"), getTranslations("common")]);
  return (
    <form method="get" action="/admin/audit" role="search" aria-labelledby="audit-filters-title" className="card mb-6 p-4">
      <h2 id="audit-filters-title" className="mb-3 text-base">
        {t("filters")}
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
        <div>
          <label htmlFor="audit-user" className="field-label">
            {t("user")}
          </label>
          <select id="audit-user" name="user" className="input" defaultValue={params.user ?? ""}>
            <option value="">{t("anyone")}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>{`${u.name} (${u.email})`}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-entity" className="field-label">
            {t("entity")}
          </label>
          <select id="audit-entity" name="entity" className="input" defaultValue={params.entity ?? ""}>
            <option value="">{tc("all")}</option>
            {AUDITED_ENTITIES.map((e) => (
              <option key={e} value={e}>
                {te(`auditedEntity.${e}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-entity-id" className="field-label">
            {t("entityId")}
          </label>
          <input
            id="audit-entity-id"
            name="entityId"
            type="number"
            min={1}
            inputMode="numeric"
            className="input"
            defaultValue={params.entityId ?? ""}
          />
        </div>
        <div>
          <label htmlFor="audit-action" className="field-label">
            {t("action")}
          </label>
          <select id="audit-action" name="action" className="input" defaultValue={params.action ?? ""}>
            <option value="">{tc("all")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {te(`auditAction.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="field-label">
            {t("from")}
          </label>
          <input id="audit-from" name="from" type="date" className="input" defaultValue={params.from ?? ""} />
        </div>
        <div>
          <label htmlFor="audit-to" className="field-label">
            {t("to")}
          </label>
          <input id="audit-to" name="to" type="date" className="input" defaultValue={params.to ?? ""} />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className="btn-primary">
          {t("apply")}
        </button>
        <Link href="/admin/audit" className="btn-secondary">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
