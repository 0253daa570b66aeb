import { LOCALES } from "@/lib/domain/enums";
import { z } from "./zod";

export const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });
