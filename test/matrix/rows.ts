import { contactExportRows, historyRows } from "./rows-history";
import { evaluationRows } from "./rows-evaluations";
import { exchangeRows } from "./rows-exchanges";
import { localityDuplicateRows } from "./rows-locality-duplicates";
import { peopleRows } from "./rows-people";
import { registryRows } from "./rows-registry";
import { routeRows } from "./rows-routes";
import { savedViewRows } from "./rows-saved-views";
import { importRows } from "./rows-imports";
import { caseRows } from "./rows-cases";
import { sharedAttachmentRows } from "./rows-attachments";
import { announcementRows } from "./rows-announcements";
import { boardRows } from "./rows-board";
import { reminderRows } from "./rows-reminders";
import { evaluationTableRows } from "./rows-evaluation-tables";
import { annualRows } from "./rows-annual";
import { registryTableRows } from "./rows-registry-tables";

/** Every row of the authorisation matrix, registered once here: both in-process suites read this list. */
export const ALL_ROWS = [
  ...registryRows,
  ...exchangeRows,
  ...evaluationRows,
  ...peopleRows,
  ...routeRows,
  ...localityDuplicateRows,
  ...savedViewRows,
  ...historyRows,
  ...contactExportRows,
  ...importRows,
  ...caseRows,
  ...sharedAttachmentRows,
  ...announcementRows,
  ...boardRows,
  ...reminderRows,
  ...evaluationTableRows,
  ...annualRows,
  ...registryTableRows,
];
