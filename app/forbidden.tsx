import { StatusPage } from "@/components/ui/status-page";

export default function Forbidden() {
  return (
    <StatusPage code="403 · Not allowed" title="This page isn't open to your role">
      <p>
        You're signed in, but this page belongs to another role. If you think you should see it, ask your Ensemble
        admin.
      </p>
    </StatusPage>
  );
}
