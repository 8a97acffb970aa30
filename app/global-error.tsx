"use client";
import "./globals.css";

// Replaces the root layout when it fails, so it brings its own <html> and styles.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center px-4">
        <main className="max-w-md text-center">
          <h1 className="text-2xl font-semibold">Ensemble couldn't load</h1>
          <p className="mt-2 text-ink-soft">Something went wrong on our side. Please try again in a moment.</p>
          {error.digest && <p className="mt-2 text-sm text-ink-faint">Reference: {error.digest}</p>}
          <button
            type="button"
            onClick={reset}
            className="mt-6 min-h-11 rounded-lg bg-brand px-4 font-medium text-white"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
