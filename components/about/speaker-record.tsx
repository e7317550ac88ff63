import { Section } from "@/components/ui/section";
import type { SpeakerRecord, Tally } from "@/lib/site/speaker-record";

type Props = {
  record: SpeakerRecord;
};

function tallyText(tallies: readonly Tally<unknown>[]): string {
  return tallies
    .map((entry) => (tallies.length > 1 ? `${entry.label} (${entry.given + entry.upcoming})` : entry.label))
    .join(", ");
}

/** The record in figures, every one computed from the talks (lib/site/speaker-record.ts). */
export function SpeakerRecordFigures({ record }: Props) {
  const figures: { term: string; value: string; detail?: string }[] = [
    { term: "Talks", value: String(record.talks) },
    {
      term: "Events",
      value: String(record.given),
      detail: record.upcoming > 0 ? `and ${record.upcoming} upcoming` : "given",
    },
    { term: "Cities", value: String(record.cities) },
    { term: "Countries", value: String(record.countries) },
    ...(record.firstYear !== undefined && record.latestYear !== undefined
      ? [
          {
            term: "Years",
            value:
              record.firstYear === record.latestYear
                ? String(record.firstYear)
                : `${record.firstYear}–${record.latestYear}`,
          },
        ]
      : []),
    { term: "Recorded", value: String(record.recorded), detail: `of ${record.given} given` },
  ];
  return (
    <Section id="record" title="In figures">
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3">
        {figures.map((figure) => (
          <div key={figure.term} className="rounded-2xl border border-line bg-surface p-4">
            <dt className="text-sm text-muted">{figure.term}</dt>
            <dd className="mt-1 text-2xl font-bold tracking-tight whitespace-nowrap text-ink">
              {figure.value}
              {figure.detail ? <span className="text-sm font-normal text-muted"> {figure.detail}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      {/* Only a mix says something: "Languages: English" alone tells an organiser nothing. */}
      {record.languages.length > 1 || record.formats.length > 1 ? (
        <dl className="mt-4 space-y-1 text-sm text-muted">
          {record.languages.length > 1 ? (
            <div>
              <dt className="inline font-medium text-ink after:content-[':_']">Languages</dt>
              <dd className="inline">{tallyText(record.languages)}</dd>
            </div>
          ) : null}
          {record.formats.length > 1 ? (
            <div>
              <dt className="inline font-medium text-ink after:content-[':_']">Formats</dt>
              <dd className="inline">{tallyText(record.formats)}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </Section>
  );
}
