// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the design card fixes next.config.js (CommonJS)
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets several servers (a developer's, the end-to-end tests') build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: {
    serverActions: { bodySizeLimit: "12mb" },
  },
};

module.exports = withNextIntl(nextConfig);
