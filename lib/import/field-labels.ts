import en from "@/messages/en/imports.json";
import zh from "@/messages/zh-CN/imports.json";

/** Every field's label in both interface languages: our templates' headers, which the mapping must read back exactly. */
export const FIELD_LABELS: Record<string, readonly string[]> = Object.fromEntries(
  Object.keys(en.fields).map((key) => [key, [en.fields[key as keyof typeof en.fields], zh.fields[key as keyof typeof zh.fields]]]),
);
