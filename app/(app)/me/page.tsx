import type { Metadata } from "next";
import { FeedView } from "@/components/feed/feed-view";
import { guardPage } from "@/lib/auth/page-guard";
import { myFeed } from "@/lib/feed/my-feed";
import { myResponses } from "@/lib/feed/my-responses";
import { parsePeriodKey } from "@/lib/feed/period";

export const metadata: Metadata = { title: "My feed" };

type Search = Promise<{ period?: string; cursor?: string }>;

// Whose feed is decided by the session alone: there is no user id in this URL to change.
export default async function MyFeedPage({ searchParams }: { searchParams: Search }) {
  const actor = await guardPage(["staff", "manager", "admin"], "/me");
  const sp = await searchParams;
  const now = new Date();
  const feed = await myFeed(actor, parsePeriodKey(sp.period), now);
  const cursor = sp.cursor ?? null;
  const page = await myResponses(actor, { period: feed.period, cursor, limit: 20 });
  return <FeedView name={actor.name} feed={feed} page={page} cursor={cursor} now={now} />;
}
