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
  // scripts/test-all.sh runs the SQLite and PostgreSQL runs at once, each with a folder of its own.
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  // A limit for a stuck test, not a speed target: a scenario of a dozen pages that takes 20 s on a
  // quiet machine took a minute while other suites shared the two cores.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // Spec files run two at a time by default (E2E_WORKERS to change), the tests of one file in order.
  // Specs that stop a server run their own on a port of their own (kiosk-offline), never the shared one.
  workers: Number(process.env.E2E_WORKERS) || 2,
  // Specs whose result cannot depend on the database run once per test-all run, on SQLite:
  // scripts/test-all.sh sets E2E_ONE_DATABASE_DONE for the PostgreSQL run. They check what the
  // browser draws and does (axe and overflow on every page, the survey's accessibility, response
  // headers, the service worker's install and update), not what is stored.
  testIgnore: process.env.E2E_ONE_DATABASE_DONE
    ? [
        "**/every-page.spec.ts",
        "**/survey-a11y.spec.ts",
        "**/security-headers.spec.ts",
        "**/offline-install.spec.ts",
        "**/offline-sw-update.spec.ts",
      ]
    : [],
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
