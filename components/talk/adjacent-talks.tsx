import { ArrowLeftIcon, ArrowRightIcon } from "@/components/ui/icons";
import { SmartLink } from "@/components/ui/smart-link";
import type { Talk } from "@/lib/content/load-talks";
import { routes } from "@/lib/site/routes";

/** The older and newer talk, at the foot of a talk page; the older on the left, as in a book. */
export function AdjacentTalks({ newer, older }: { newer?: Talk; older?: Talk }) {
  if (!newer && !older) return null;
  return (
    <nav aria-label="More talks" className="grid gap-4 border-t border-line pt-8 sm:grid-cols-2">
      {older ? <AdjacentTalk talk={older} direction="older" /> : <span className="hidden sm:block" />}
      {newer ? <AdjacentTalk talk={newer} direction="newer" /> : null}
    </nav>
  );
}

function AdjacentTalk({ talk, direction }: { talk: Talk; direction: "older" | "newer" }) {
  const isNewer = direction === "newer";
  return (
    <SmartLink
      href={routes.talk(talk.slug)}
      rel={isNewer ? "next" : "prev"}
      className={`group flex flex-col gap-1 rounded-2xl border border-line bg-surface p-4 hover:border-accent ${isNewer ? "sm:items-end sm:text-right" : ""}`}
    >
      <span className="inline-flex items-center gap-1.5 text-xs font-semibold tracking-wide text-muted uppercase">
        {isNewer ? null : <ArrowLeftIcon />}
        {isNewer ? "Newer talk" : "Older talk"}
        {isNewer ? <ArrowRightIcon /> : null}
      </span>
      <span className="font-semibold text-ink group-hover:text-accent">{talk.title}</span>
    </SmartLink>
  );
}
