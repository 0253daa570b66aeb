"use server";

import { createCalendarFeed, renewCalendarFeed, revokeCalendarFeed } from "@/db/mutations/calendar-feeds";
import { changeOwnPassword } from "@/db/mutations/users";
import { getUserByEmail } from "@/db/queries/users";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { AppError } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { changePasswordSchema } from "@/lib/validation/auth";
import { calendarFeedSchema, createCalendarFeedSchema } from "@/lib/validation/calendar-feed";

/**
 * Changes the signed-in user's password after checking the current one. Every session begun before
 * ends (the session generation is raised); the form then signs this one in again. The one action
 * open to a user who must still replace an administrator's password.
 */
export const changePasswordAction = defineAction({
  schema: changePasswordSchema,
  capability: "records.read",
  allowBeforePasswordChange: true,
  handler: async ({ viewer, db, input }) => {
    const user = getUserByEmail(db, viewer.email);
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError("wrongCurrentPassword", {}, { currentPassword: ["errors.wrongCurrentPassword"] });
    }
    changeOwnPassword(db, viewer, user.version, await hashPassword(input.newPassword));
    return { changed: true };
  },
});

// The calendar feed (issue 13): everyone signed in may keep one, readers too (it holds only what they
// read on their dashboard); only its owner creates, renews or revokes it (db/mutations/calendar-feeds.ts).

export const createCalendarFeedAction = defineAction({
  schema: createCalendarFeedSchema,
  capability: "records.read",
  handler: ({ db, viewer }) => createCalendarFeed(db, viewer),
  revalidate: ["/account"],
});

export const renewCalendarFeedAction = defineAction({
  schema: calendarFeedSchema,
  capability: "records.read",
  handler: ({ db, viewer, input }) => renewCalendarFeed(db, viewer, input.id),
  revalidate: ["/account"],
});

export const revokeCalendarFeedAction = defineAction({
  schema: calendarFeedSchema,
  capability: "records.read",
  handler: ({ db, viewer, input }) => revokeCalendarFeed(db, viewer, input.id),
  revalidate: ["/account"],
});
