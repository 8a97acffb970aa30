// Shown to admins when survey links and QR codes would point at this machine only.
export function LocalLinksWarning({ base }: { base: string }) {
  return (
    <div role="alert" className="mb-5 rounded-lg border border-warn/40 bg-warn-soft px-4 py-3 text-sm text-ink">
      <p className="font-medium">Links and QR codes point at {base}</p>
      <p className="mt-1 text-ink-soft">
        Customers&apos; phones cannot open that address. Set <code className="font-mono">PUBLIC_BASE_URL</code> to the
        address customers reach (for example https://feedback.example.com) and restart Ensemble.
      </p>
    </div>
  );
}
