import { ATTACHMENT_OWNERS } from "@/lib/domain/enums";
import { recordId } from "./activity-fields";
import { z } from "./zod";

/** The non-file fields of an upload, and the archive action. */
export const attachmentOwnerSchema = z.object({ ownerType: z.enum(ATTACHMENT_OWNERS), ownerId: recordId });
export const attachmentArchiveSchema = z.object({ id: recordId });
