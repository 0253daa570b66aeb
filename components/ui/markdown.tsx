import type { ComponentProps } from "react";
import Markdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/**
 * Headings inside a text sit under the page's own title (h1) and the section holding the text:
 * a Markdown "#" becomes an h3, and so on down to h6.
 */
const shifted = (level: 3 | 4 | 5 | 6) => {
  const Tag = `h${level}` as const;
  return function Heading({ node, ...props }: ComponentProps<typeof Tag> & { node?: unknown }) {
    void node;
    return <Tag {...props} />;
  };
};

const COMPONENTS: Components = {
  h1: shifted(3),
  h2: shifted(4),
  h3: shifted(5),
  h4: shifted(6),
  h5: shifted(6),
  h6: shifted(6),
  a({ node, href, ...props }) {
    void node;
    const external = typeof href === "string" && /^https?:/i.test(href);
    return <a href={href} {...props} {...(external ? { rel: "noopener noreferrer nofollow", target: "_blank" } : {})} />;
  },
  img({ node, alt, ...props }) {
    // Pictures would load from anywhere (and tell that server who reads): shown as their link instead.
    void node;
    return typeof props.src === "string" ? <a href={props.src}>{alt || props.src}</a> : null;
  },
};

/**
 * A text written in Markdown (a case, an announcement), rendered safely: raw HTML is dropped (a
 * `<script>` or an `onerror=` attribute never reaches the page), links other than http(s), mailto
 * and relative ones lose their target (`javascript:` is inert), and what remains passes the
 * GitHub-style sanitiser schema (rehype-sanitize). Tables, lists and strikethrough follow GFM.
 */
export function MarkdownText({ source, className = "" }: { source: string; className?: string }) {
  return (
    <div className={`markdown ${className}`}>
      <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} components={COMPONENTS}>
        {source}
      </Markdown>
    </div>
  );
}
