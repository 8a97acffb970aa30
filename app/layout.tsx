import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Ensemble", template: "%s · Ensemble" },
  description: "Post-interaction micro-surveys that credit everyone who shaped the experience.",
  manifest: "/manifest.webmanifest",
  applicationName: "Ensemble",
  appleWebApp: { capable: true, title: "Ensemble", statusBarStyle: "default" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#2e6b5a",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so each gets the CSP nonce proxy.ts made for it.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
