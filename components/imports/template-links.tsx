import { getTranslations } from "next-intl/server";
import { IMPORT_KINDS } from "@/lib/import/fields";
import { TEMPLATE_FORMATS } from "@/lib/validation/import";

/** A blank template of each kind, in XLSX and CSV, with headers in the interface language. */
export async function TemplateLinks() {
  const t = await getTranslations("imports");
  return (
    <ul className="space-y-3 text-sm">
      {IMPORT_KINDS.map((kind) => (
        <li key={kind}>
          <span className="font-medium text-slate-900">{t(`kinds.${kind}`)}</span>
          <span className="ml-2 inline-flex gap-3">
            {TEMPLATE_FORMATS.map((format) => (
              <a key={format} href={`/api/imports/template?kind=${kind}&format=${format}`} download>
                <span className="sr-only">{t("new.templateFor", { kind: t(`kinds.${kind}`) })} </span>
                {format.toUpperCase()}
              </a>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
