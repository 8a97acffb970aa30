// The body of every admin server action: authorize as an admin of the signed-in org, run the
// domain function, and turn any refusal into a result the form can show.
import { authorize, type Actor } from "../auth/authorize";
import { guarded, type ActionResult } from "./result";

export function asAdmin<T>(fn: (actor: Actor) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  return guarded(async () => fn(await authorize(["admin"])));
}
