import { recordId } from "./partnership-fields";
import { z } from "./zod";

/** Creating one's calendar feed: nothing to say but "yes". */
export const createCalendarFeedSchema = z.object({}).strict();

/** Renewing or revoking the feed the page showed (its id: a feed renewed elsewhere meanwhile is not touched). */
export const calendarFeedSchema = z.object({ id: recordId }).strict();
