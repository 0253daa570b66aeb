"use server";

import { createAnnouncement, markAnnouncementRead, setAnnouncementArchived, updateAnnouncement } from "@/db/mutations/announcements";
import { defineAction } from "@/lib/server/define-action";
import {
  announcementFormSchema,
  announcementIdSchema,
  announcementVersionSchema,
  updateAnnouncementSchema,
} from "@/lib/validation/announcement";

// National administrators post to everyone or a province, a province's administrators to their own
// province (db/mutations/announcements.ts, lib/auth/permissions.ts: canPostAnnouncement, canEditOffice).

const LIST = "/sharing/announcements";

export const createAnnouncementAction = defineAction({
  schema: announcementFormSchema,
  capability: "admin.access",
  handler: ({ db, viewer, input }) => createAnnouncement(db, viewer, input),
  revalidate: ["/", LIST],
});

export const updateAnnouncementAction = defineAction({
  schema: updateAnnouncementSchema,
  capability: "admin.access",
  handler: ({ db, viewer, input }) => updateAnnouncement(db, viewer, input),
  revalidate: (data) => ["/", LIST, `${LIST}/${data.id}`],
});

export const archiveAnnouncementAction = defineAction({
  schema: announcementVersionSchema,
  capability: "admin.access",
  handler: ({ db, viewer, input }) => setAnnouncementArchived(db, viewer, input, true),
  revalidate: (data) => ["/", LIST, `${LIST}/${data.id}`],
});

export const restoreAnnouncementAction = defineAction({
  schema: announcementVersionSchema,
  capability: "admin.access",
  handler: ({ db, viewer, input }) => setAnnouncementArchived(db, viewer, input, false),
  revalidate: (data) => ["/", LIST, `${LIST}/${data.id}`],
});

/** The dashboard's "Dismiss": marks it read by the viewer. */
export const dismissAnnouncementAction = defineAction({
  schema: announcementIdSchema,
  capability: "records.read",
  handler: ({ db, viewer, input }) => markAnnouncementRead(db, viewer, input.id),
  revalidate: ["/", LIST],
});
