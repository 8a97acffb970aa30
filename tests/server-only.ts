// What "server-only" resolves to outside Next's bundler: tsconfig.json maps it here for tsx (the
// server, CLI, seed, benches) and Playwright, and vitest.config.mts aliases it. Nothing there is
// bundled for a browser; Next itself still resolves the real marker and fails a build that pulls a
// server module into a client component.
export {};
