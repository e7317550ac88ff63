import { PartialDateTime } from "@/components/ui/partial-date-time";
import { Section } from "@/components/ui/section";
import { SmartLink } from "@/components/ui/smart-link";
import { drawWorldMap } from "@/lib/render/world-map";
import { langAttribute } from "@/lib/site/languages";
import { routes } from "@/lib/site/routes";
import { type EventOfTalk, type SpeakerRecord, type SpokenPlace } from "@/lib/site/speaker-record";
import { plural } from "@/lib/words";

type Props = {
  record: SpeakerRecord;
};

function countsText({ given, upcoming }: { given: number; upcoming: number }): string {
  const parts = [
    ...(given > 0 ? [plural(given, "event", "events")] : []),
    ...(upcoming > 0 ? [`${upcoming} upcoming`] : []),
  ];
  return parts.join(", ");
}

/**
 * Where the talks were given: a world map drawn at build (lib/render/world-map.ts, an inline SVG
 * in the theme's colours, no tiles, no request, no script), a mark per city sized by its
 * events, upcoming ones dashed; online events counted beside it. The map is a picture of
 * the list under it, which names every place with its events: that list is what a screen
 * reader reads, so the SVG itself is one image with a summary for a name.
 */
export function PlacesMap({ record }: Props) {
  return (
    <Section id="places" title="Places">
      <WorldMapFigure record={record} />
      <h3 className="mt-8 text-base font-semibold text-ink">Every place, with its events</h3>
      <PlacesList record={record} />
    </Section>
  );
}

/** Online events, given and upcoming: they have a line in the list but no mark on the map. */
function onlineCounts(record: SpeakerRecord): { given: number; upcoming: number } {
  const given = record.online.filter((item) => !item.upcoming).length;
  return { given, upcoming: record.online.length - given };
}

function WorldMapFigure({ record }: Props) {
  const map = drawWorldMap(
    record.places.map(({ key, latitude, longitude, given, upcoming }) => ({
      key,
      latitude,
      longitude,
      given,
      upcoming,
    })),
    { frame: "places" },
  );
  const placeByKey = new Map(record.places.map((place) => [place.key, place]));
  // Events whose file names no place are left out here, and reported to the owner by
  // `npm run check:content` as warnings: a gap in the data is not news for visitors.
  const offMap = record.online.length > 0 ? [`${countsText(onlineCounts(record))} online`] : [];
  const summary =
    `World map with ${plural(record.places.length, "marked city", "marked cities")}: ` +
    record.places.map((place) => `${place.name} (${countsText(place)})`).join("; ") +
    ". Every place is listed below the map.";

  return (
    <figure className="mt-4">
      <svg
        viewBox={map.viewBox}
        width={map.width}
        height={map.height}
        role="img"
        aria-label={summary}
        className="h-auto w-full rounded-2xl border border-line bg-surface"
      >
        <path d={map.spherePath} className="fill-page" />
        <path d={map.landPath} className="fill-line" />
        {map.marks.map((mark) => {
          const place = placeByKey.get(mark.key);
          return (
            <circle
              key={mark.key}
              cx={mark.x}
              cy={mark.y}
              r={mark.radius}
              // A 1.5 px outline at any width: the map is scaled down to fit narrow screens.
              strokeWidth={1.5}
              vectorEffect="non-scaling-stroke"
              strokeDasharray={mark.given === 0 ? "3 2" : undefined}
              className={mark.given === 0 ? "fill-accent/15 stroke-accent" : "fill-accent/70 stroke-accent"}
            >
              <title>{place ? `${place.name}: ${countsText(place)}` : mark.key}</title>
            </circle>
          );
        })}
      </svg>
      <figcaption className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted">
        <span className="inline-flex items-center gap-1.5">
          <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="5" className="fill-accent/70 stroke-accent" strokeWidth="1.5" />
          </svg>
          Given there, larger for more events
        </span>
        {record.places.some((place) => place.upcoming > 0) ? (
          <span className="inline-flex items-center gap-1.5">
            <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
              <circle
                cx="6"
                cy="6"
                r="5"
                className="fill-accent/15 stroke-accent"
                strokeWidth="1.5"
                strokeDasharray="3 2"
              />
            </svg>
            Upcoming only
          </span>
        ) : null}
        {offMap.length > 0 ? <span>Not on the map: {offMap.join("; ")}</span> : null}
      </figcaption>
    </figure>
  );
}

function PlacesList({ record }: Props) {
  return (
    <ul className="mt-3 space-y-4" data-places-list="">
      {record.places.map((place) => (
        <PlaceItem
          key={place.key}
          name={place.name}
          counts={countsText(place)}
          events={place.events}
          dataKey={place.key}
        />
      ))}
      {record.online.length > 0 ? (
        <PlaceItem name="Online" counts={countsText(onlineCounts(record))} events={record.online} dataKey="online" />
      ) : null}
    </ul>
  );
}

function PlaceItem({
  name,
  counts,
  events,
  dataKey,
}: {
  name: string;
  counts: string;
  events: readonly EventOfTalk[];
  dataKey: SpokenPlace["key"];
}) {
  return (
    <li data-place={dataKey}>
      <p className="font-medium text-ink">
        {name} <span className="text-sm font-normal text-muted">· {counts}</span>
      </p>
      <ul className="mt-1 space-y-1 text-sm text-muted">
        {events.map(({ talk, event, upcoming }) => (
          <li key={`${talk.slug}-${event.name}`} data-event="">
            <span className="text-ink">{event.name}</span>, <PartialDateTime date={event.date} />
            {upcoming ? " (upcoming)" : ""}:{" "}
            <SmartLink
              href={routes.talk(talk.slug)}
              lang={langAttribute(talk.language)}
              className="text-accent underline underline-offset-3"
            >
              {talk.title}
            </SmartLink>
          </li>
        ))}
      </ul>
    </li>
  );
}
