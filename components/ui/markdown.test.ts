import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownText } from "./markdown";

const render = (source: string) => renderToStaticMarkup(createElement(MarkdownText, { source }));

describe("MarkdownText", () => {
  it("renders Markdown: emphasis, lists, GFM tables, headings below the page's own", () => {
    const html = render("# Plan\n\n- **one**\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<h3>Plan</h3>");
    expect(html).toContain("<strong>one</strong>");
    expect(html).toContain("<td>1</td>");
  });

  it("drops script tags and event attributes", () => {
    const html = render('Hello <script>alert(1)</script> <img src=x onerror="alert(2)"> <b onclick="x()">b</b>');
    // The tags and attributes are gone; what stood between the script tags is left as plain text.
    expect(html).not.toMatch(/<script|<img|onerror|onclick|alert\(2\)/i);
    expect(html).toBe('<div class="markdown "><p>Hello alert(1)  b</p></div>');
  });

  it("makes javascript: and data: links inert, and keeps ordinary ones", () => {
    const html = render(
      "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x) [d](https://example.org) [e](/partnerships/1)",
    );
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain('href="/partnerships/1"');
  });

  it("shows a picture as its link, so that reading a text loads nothing from elsewhere", () => {
    const html = render("![map](https://example.org/a.png)");
    expect(html).not.toContain("<img");
    expect(html).toContain('<a href="https://example.org/a.png">map</a>');
  });
});
