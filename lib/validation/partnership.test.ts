import { describe, expect, it } from "vitest";
import { contactSchema } from "./contact";
import { localitySchema } from "./locality";
import { partnershipSchema } from "./partnership";

describe("registry form schemas", () => {
  it("accept their own output (the form parses once, the action again)", () => {
    const p = partnershipSchema.parse({
      ourLocalityId: 1,
      partnerLocalityId: 2,
      type: "sister",
      level: "city",
      signedOn: "",
      signatories: " ",
      agreementLocation: "",
      notes: "x",
    });
    expect(p).toMatchObject({ signedOn: null, signatories: null, notes: "x" });
    expect(partnershipSchema.parse(p)).toEqual(p);
    const l = localitySchema.parse({
      countryCode: "jp",
      provinceCode: "",
      stateName: "",
      nameLocal: "神戸市",
      nameRomanised: "Kobe",
      level: "city",
      latitude: "34.69",
      longitude: "",
      notes: "",
    });
    expect(l).toMatchObject({ countryCode: "JP", latitude: 34.69, longitude: null });
    expect(localitySchema.parse(l)).toEqual(l);
    const c = contactSchema.parse({
      partnershipId: 1,
      side: "partner",
      office: "",
      personName: "山田",
      role: "",
      email: "A@B.JP",
      phone: "+81 78-331-8181",
      languages: "",
    });
    expect(contactSchema.parse(c)).toEqual(c);
  });

  it("refuse bad dates, coordinates, emails, unknown fields and oversized text with message keys", () => {
    const bad = partnershipSchema.safeParse({
      ourLocalityId: "1",
      partnerLocalityId: 2,
      type: "x",
      level: "city",
      signedOn: "2023-02-30",
      signatories: "a".repeat(501),
      agreementLocation: "",
      notes: "",
      extra: 1,
    });
    const messages = Object.fromEntries((bad.error?.issues ?? []).map((i) => [i.path.join(".") || "_", i.message]));
    expect(messages).toMatchObject({
      ourLocalityId: "validation.invalidType",
      type: "validation.invalidChoice",
      signedOn: "validation.invalidDate",
      signatories: 'validation.tooLong|{"n":500}',
    });
    expect(
      localitySchema
        .safeParse({
          countryCode: "CN",
          provinceCode: "",
          stateName: "",
          nameLocal: "x",
          nameRomanised: "x",
          level: "city",
          latitude: "91",
          longitude: "",
          notes: "",
        })
        .error?.issues.map((i) => i.path[0])
        .sort(),
    ).toEqual(["latitude", "provinceCode"]);
    expect(
      contactSchema
        .safeParse({
          partnershipId: 1,
          side: "partner",
          office: "",
          personName: "",
          role: "",
          email: "nope",
          phone: "<script>",
          languages: "",
        })
        .error?.issues.map((i) => i.path[0])
        .sort(),
    ).toEqual(["email", "personName", "phone"]);
  });
});
