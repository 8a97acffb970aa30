import { StatusPage } from "@/components/ui/status-page";

export default function NotFound() {
  return (
    <StatusPage code="404 · Not found" title="We couldn't find that page">
      <p>The link may be old, or the page may have moved.</p>
    </StatusPage>
  );
}
