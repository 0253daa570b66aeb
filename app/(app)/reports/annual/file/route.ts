import { annualDocument, resolveAnnualRequest } from "@/db/reports/annual/document";
import { annualDocx } from "@/lib/exports/annual-docx";
import { annualPdf } from "@/lib/exports/annual-pdf";
import { downloadResponse, textResponse } from "@/lib/exports/response";
import { translateMessage } from "@/lib/i18n/translate-message";
import { defineRoute } from "@/lib/server/define-route";
import { annualReportInput, annualReportSchema } from "@/lib/validation/annual-report";

export const dynamic = "force-dynamic";

/** GET /reports/annual/file?year&scope&region&province&locality&lang&format=pdf|docx: the annual development report. */
export const GET = defineRoute({
  capability: "reports.export",
  rateLimit: "export",
  handler: async ({ viewer, db, req, t }) => {
    const url = new URL(req.url);
    const { format = "pdf", ...query } = annualReportInput(Object.fromEntries(url.searchParams));
    if (format !== "pdf" && format !== "docx") return textResponse(400, t("annualReport.errors.badFormat"));
    // The same schema as the page's form.
    const parsed = annualReportSchema.safeParse(query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return textResponse(400, `${t("annualReport.errors.badQuery")} (${issue?.path.join(".")}: ${translateMessage(t, issue?.message)})`);
    }
    const request = resolveAnnualRequest(db, viewer, parsed.data);
    if (!request.ok) return textResponse(request.status, t(`annualReport.errors.${request.key}`));
    const doc = annualDocument(db, request);
    if (format === "docx") return downloadResponse(await annualDocx(doc), doc.title, "docx");
    return downloadResponse(annualPdf(doc), doc.title, "pdf");
  },
});
