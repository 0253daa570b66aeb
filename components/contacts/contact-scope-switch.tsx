"use client";

import { useTranslations } from "next-intl";
import { useUrlParams } from "@/components/data-table/use-url-params";

/** "My city (or province) / whole country", held in the URL (`scope=mine|all`). */
export function ContactScopeSwitch({ choice, own }: { choice: "mine" | "all"; own: "locality" | "province" }) {
  const t = useTranslations("contacts.scope");
  const { setParams, pending } = useUrlParams();
  const options = [
    { value: "mine", label: own === "locality" ? t("myCity") : t("myProvince") },
    { value: "all", label: t("all") },
  ] as const;
  return (
    <fieldset className="mb-4" aria-busy={pending}>
      <legend className="sr-only">{t("legend")}</legend>
      <div className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
        {options.map((o) => (
          <label key={o.value} className={`cursor-pointer rounded px-3 py-1.5 text-sm ${choice === o.value ? "bg-brand-700 text-white" : "text-slate-800 hover:bg-slate-100"}`}>
            <input type="radio" name="contact-scope" value={o.value} checked={choice === o.value} onChange={() => setParams({ scope: o.value })} className="sr-only" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
