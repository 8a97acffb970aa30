import { Button, ButtonLink } from "@/components/ui/button";

/** The save / cancel row at the foot of every admin form; sticky above the phone's bottom bar. */
export function FormActions({
  saving,
  label = "Save",
  cancelHref,
}: {
  saving: boolean;
  label?: string;
  cancelHref?: string;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2 pt-2">
      <Button type="submit" loading={saving}>
        {saving ? "Saving…" : label}
      </Button>
      {cancelHref && (
        <ButtonLink href={cancelHref} variant="ghost">
          Cancel
        </ButtonLink>
      )}
    </div>
  );
}
