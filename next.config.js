/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Prisma clients are generated per provider into lib/generated; keep them and the
  // native driver out of the bundle.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "bcryptjs"],
  typedRoutes: false,
  experimental: { authInterrupts: true },
};
module.exports = nextConfig;
