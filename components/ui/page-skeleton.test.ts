import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/common.json";
import zh from "@/messages/zh-CN/common.json";
import { PageSkeleton } from "./page-skeleton";

const render = (locale: "en" | "zh-CN") =>
  renderToStaticMarkup(
    // A .test.ts has no JSX, and the provider's props type requires its children among the props.
    // eslint-disable-next-line react/no-children-prop
    createElement(NextIntlClientProvider, {
      locale,
      timeZone: "Asia/Shanghai",
      messages: { common: locale === "en" ? en : zh },
      children: createElement(PageSkeleton),
    }),
  );

describe("PageSkeleton", () => {
  it("marks the list page busy and tells screen readers it is loading, in each language", () => {
    const english = render("en");
    expect(english).toContain('aria-busy="true"');
    expect(english).toMatch(/<p class="sr-only">Loading…<\/p>/);
    expect(render("zh-CN")).toMatch(/<p class="sr-only">加载中…<\/p>/);
  });

  it("hides its blocks from assistive technology and has no heading, table or control a test or a reader could mistake for the page", () => {
    const html = render("en");
    expect(html).toMatch(/<div aria-hidden="true" class="animate-pulse motion-reduce:animate-none">/);
    expect(html).not.toMatch(/<(h[1-6]|table|button|a|input)\b/);
  });
});
