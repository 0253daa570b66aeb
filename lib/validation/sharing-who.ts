import { optionalInt } from "./list-params";
import { optionalCountry, optionalProvince } from "./partnership-list";
import { cleanText } from "./text";
import { z } from "./zod";

const optionalText = cleanText(100).optional().catch(undefined);

/** /sharing?q=…&locality=<id>&country=<ISO2>&state=<prefecture or state>: the who-works-with search and its chosen answer. */
export const whoWorksWithSchema = z.object({
  q: optionalText,
  locality: optionalInt(1, 2_147_483_647),
  country: optionalCountry,
  state: optionalText,
});

/** /sharing/coverage?country=<ISO2>&province=<code>: the coverage views' choices. */
export const coverageSchema = z.object({ country: optionalCountry, province: optionalProvince });
