/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Parallel builds (CI, several developers in one tree) can each use their own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Prisma clients are generated per provider into lib/generated; keep them and the
  // native driver out of the bundle.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "bcryptjs"],
  typedRoutes: false,
  experimental: { authInterrupts: true },
};
module.exports = nextConfig;
