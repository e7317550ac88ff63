import { SmartLink } from "@/components/ui/smart-link";
import { routes } from "@/lib/site/routes";
import type { Topic } from "@/lib/site/topics";
import { pluralNoun } from "@/lib/words";

type Props = {
  topics: readonly Topic[];
  /** The topic whose page this is, marked as the current one. */
  current?: string;
};

/** Every topic as a link to its page, with how many talks it has. */
export function TopicList({ topics, current }: Props) {
  return (
    <ul className="flex flex-wrap gap-2">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <SmartLink
            href={routes.topic(topic.slug)}
            aria-current={topic.slug === current ? "page" : undefined}
            className="inline-flex items-center gap-1.5 rounded-full border border-line bg-surface px-3 py-1 text-sm font-medium text-ink hover:border-accent hover:text-accent aria-[current=page]:border-accent aria-[current=page]:text-accent"
          >
            {topic.name}
            <span className="text-xs text-muted">
              {topic.count}
              <span className="sr-only"> {pluralNoun(topic.count, "talk", "talks")}</span>
            </span>
          </SmartLink>
        </li>
      ))}
    </ul>
  );
}
