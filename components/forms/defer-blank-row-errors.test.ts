import { describe, expect, it } from "vitest";
import type { FieldErrors, Resolver } from "react-hook-form";
import { deferBlankRowErrors, dropBlankRowErrors } from "./defer-blank-row-errors";

const required = { type: "custom", message: "validation.required" };

describe("dropBlankRowErrors", () => {
  const tooLong = { type: "custom", message: "validation.tooLong" };
  const values = {
    leaderName: "",
    members: [
      { name: "山田", title: "x".repeat(300) },
      { name: "", title: "" },
    ],
  };
  const errors = { leaderName: required, members: [{ title: tooLong }, { name: required }] } as unknown as FieldErrors;

  it("drops errors on blank cells of list rows, keeps the rest", () => {
    expect(dropBlankRowErrors(errors, values, () => false)).toEqual({ leaderName: required, members: [{ title: tooLong }] });
  });

  it("keeps a blank cell's error that is already shown", () => {
    const kept = dropBlankRowErrors(errors, values, (path) => path === "members.1.name");
    expect(kept).toEqual({ leaderName: required, members: [{ title: tooLong }, { name: required }] });
  });

  it("keeps an error on a filled cell and the list's own error", () => {
    const more = { members: Object.assign([{ name: tooLong }], { root: required }) } as unknown as FieldErrors;
    expect(dropBlankRowErrors(more, values, () => false)).toEqual(more);
  });
});

describe("deferBlankRowErrors", () => {
  const inner: Resolver<{ members: { name: string }[] }> = async (values) => ({
    values: {},
    errors: { members: values.members.map(() => ({ name: { type: "custom", message: "validation.required" } })) } as never,
  });

  it("reports every error while submitting, defers blank row cells otherwise", async () => {
    let submitting = false;
    const resolver = deferBlankRowErrors(inner, { isSubmitting: () => submitting, hasError: () => false });
    const values = { members: [{ name: "" }] };
    const options = { names: ["members"], fields: {}, shouldUseNativeValidation: false } as never;
    expect((await resolver(values, undefined, options)).errors).toEqual({});
    submitting = true;
    expect((await resolver(values, undefined, options)).errors).toEqual({
      members: [{ name: { type: "custom", message: "validation.required" } }],
    });
  });
});
