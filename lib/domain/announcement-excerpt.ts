/**
 * The first lines of a Markdown text as plain words, for a preview: Markdown's marks (headings,
 * emphasis, list bullets, link targets, images) are dropped, and the text is cut at `max` characters.
 */
export function announcementExcerpt(markdown: string, max = 200): string {
  const text = markdown
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, "")
        .replace(/[*_`~]+/g, "")
        .trim(),
    )
    .filter((line) => line !== "")
    .slice(0, 3)
    .join(" ");
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
