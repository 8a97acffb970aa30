"use client";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

// Never a stack trace: a plain apology, a retry, and the digest for the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatusPage
      code="Something went wrong"
      title="That didn't work"
      action={
        <>
          <Button onClick={reset}>Try again</Button>
          <Link href="/" className="inline-flex min-h-11 items-center px-4">
            Go to my home page
          </Link>
        </>
      }
    >
      <p>Something went wrong on our side. Please try again in a moment.</p>
      {error.digest && <p className="mt-2 text-sm text-ink-faint">Reference: {error.digest}</p>}
    </StatusPage>
  );
}
