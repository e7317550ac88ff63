import { ArrowLeftIcon } from "@/components/ui/icons";
import { SmartLink } from "@/components/ui/smart-link";
import { routes } from "@/lib/site/routes";

/** The way back to the index, at the top of every page below it. */
export function BackToTalks() {
  return (
    <p>
      <SmartLink
        href={routes.talks}
        className="inline-flex items-center gap-1.5 text-sm font-medium text-muted hover:text-accent"
      >
        <ArrowLeftIcon /> All talks
      </SmartLink>
    </p>
  );
}
