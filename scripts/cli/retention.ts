// npm run cli -- retention run: deletes comment texts past each organisation's retention limit.
// Schedule it daily (cron, a systemd timer); organisations without a limit are not touched.
import type { CliCommand } from "./command";
import { purgeOldComments } from "../../lib/retention/purge-comments";

export const retentionRun: CliCommand = {
  words: ["retention", "run"],
  usage: "retention run",
  summary: "delete comment texts older than each organisation's retention setting (run daily)",
  options: {},
  async run() {
    const results = await purgeOldComments();
    const total = results.reduce((a, r) => a + r.deleted, 0);
    console.log(
      `deleted ${total} comment ${total === 1 ? "text" : "texts"} in ${results.length} organisation(s) with a retention limit`,
    );
  },
};
