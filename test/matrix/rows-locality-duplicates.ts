import { RULES, type Row } from "./judge";
import { search } from "./call";

const D = "(app)/localities/duplicate-actions.ts#";

/** The locality form's duplicate warning: a read of the national directory, for every signed-in role. */
export const localityDuplicateRows: Row[] = [
  {
    target: `${D}findLocalityDuplicatesAction`,
    variant: "likely duplicates of the names typed",
    writes: false,
    expect: RULES.readAll,
    run: search((w, scope) => {
      const id = w.ourLocality(scope);
      const row = w.db.$client
        .prepare("select country_code as countryCode, name_local as nameLocal from localities where id = ?")
        .get(id) as { countryCode: string; nameLocal: string };
      return { input: { countryCode: row.countryCode, nameLocal: row.nameLocal, nameRomanised: "" }, id };
    }),
  },
];
