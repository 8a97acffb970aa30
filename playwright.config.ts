// Browser tests against the built app (`npm run build` first), in Debian's Chromium.
// The server runs on E2E_PORT with the database E2E_DATABASE_URL names; scripts/test-all.sh
// creates a fresh one per run. Tests set up their own data through tests/factories.ts.
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const smtpPort = port + 51; // tests/e2e/notifications.spec.ts listens there
process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:/tmp/ensemble-e2e-${process.env.USER ?? "u"}.db`;

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    trace: "off",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [
    { name: "phone", use: { ...devices["Pixel 5"], viewport: { width: 390, height: 844 }, browserName: "chromium" } },
  ],
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: process.env.DATABASE_URL,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: "e2e-secret",
      // Notification emails go to the SMTP server tests/e2e/notifications.spec.ts starts on this
      // port (elsewhere nothing listens, and queued emails simply wait); overdue cases escalate
      // within a second, as they do within a minute in production.
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "Ensemble <noreply@ensemble.example>",
      MAIL_POLL_MS: "300",
      FOLLOWUP_ESCALATE_INTERVAL_MS: "1000",
      WEBHOOK_RETRY_BASE_MS: "500", // a failed delivery is retried within the test's patience
    },
  },
});
