// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the design card fixes next.config.js (CommonJS)
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets several servers (a developer's, the end-to-end tests') build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PDF and XLSX writers read their own font and template files from node_modules at run time (issue 6).
  serverExternalPackages: ["pdfkit", "fontkit", "exceljs"],
  // `npm test` has just type-checked the whole project (scripts/test-all.mjs): its build skips doing it again.
  typescript: { ignoreBuildErrors: process.env.AMITY_TYPECHECKED === "1" },
  experimental: {
    serverActions: { bodySizeLimit: "12mb" },
    // The proxy buffers request bodies up to this size; attachments may be 10 MB (issue 4).
    proxyClientMaxBodySize: "12mb",
  },
};

module.exports = withNextIntl(nextConfig);
