import type { Metadata } from "next";
import { ShiftPanel } from "@/components/shifts/shift-panel";
import { PageHeader } from "@/components/ui/page-header";
import { guardPage } from "@/lib/auth/page-guard";
import { shiftScreen } from "@/lib/shifts/screen";
import { shiftAction } from "./actions";

export const metadata: Metadata = { title: "On shift" };

export default async function ShiftPage() {
  const actor = await guardPage(["staff", "manager", "admin"], "/shift");
  const screen = await shiftScreen(actor);
  return (
    <div className="mx-auto max-w-lg">
      <PageHeader
        title="On shift"
        description="Check in where you work now: kiosk and poster answers there then credit you too."
      />
      <ShiftPanel screen={screen} action={shiftAction} />
    </div>
  );
}
