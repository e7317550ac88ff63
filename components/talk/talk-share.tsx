import { Section } from "@/components/ui/section";
import { SmartLink } from "@/components/ui/smart-link";
import type { Talk } from "@/lib/content/load-talks";
import { downloadName, QR_VARIANT_NAMES, QR_VARIANTS, SHARE_FILES, shortUrl } from "@/lib/outputs/share";
import { routes } from "@/lib/site/routes";

const link = "font-medium text-accent underline underline-offset-3";

/**
 * A talk's Share section: its short link (live from the commit, for a last slide), the link's
 * QR code in the reader's theme, the code's files for a slide in three colourings, and the way
 * to the organisers' kit. No script: the link is text to select (it selects whole on a click).
 */
export function TalkShare({ talk }: { talk: Talk }) {
  const url = shortUrl(talk);
  const file = (variant: string, format: string) =>
    SHARE_FILES.find((candidate) => candidate.variant === variant && candidate.format === format)!;
  return (
    <Section id="share" title="Share">
      <div className="mt-4 flex flex-col gap-6 sm:flex-row sm:items-start">
        <picture className="shrink-0">
          <source
            srcSet={routes.talkShareFile(talk.slug, file("dark", "svg").fileName)}
            media="(prefers-color-scheme: dark)"
          />
          <img
            src={routes.talkShareFile(talk.slug, file("light", "svg").fileName)}
            width={144}
            height={144}
            alt={`QR code of ${url}`}
            loading="lazy"
            className="rounded-lg border border-line"
          />
        </picture>
        <div className="min-w-0">
          <p className="text-muted">The talk&rsquo;s short link, for a last slide or a chat:</p>
          <p className="mt-2">
            <code className="inline-block rounded-md border border-line bg-surface px-2.5 py-1 text-base break-all text-ink select-all">
              {url}
            </code>
          </p>
          <p className="mt-4 text-sm text-muted">Its QR code for a slide:</p>
          <ul className="mt-1 space-y-1 text-sm">
            {QR_VARIANT_NAMES.map((variant) => (
              <li key={variant}>
                <span className="text-muted">{QR_VARIANTS[variant].label}: </span>
                {(["svg", "png"] as const).map((format, index) => (
                  <span key={format}>
                    {index > 0 ? <span className="text-muted"> · </span> : null}
                    <a
                      href={routes.talkShareFile(talk.slug, file(variant, format).fileName)}
                      download={downloadName(talk, file(variant, format))}
                      className={link}
                    >
                      {/* Out of its line, in a screen reader's list of links, "SVG" alone would not say which. */}
                      <span className="sr-only">{QR_VARIANTS[variant].label} QR code, </span>
                      {format.toUpperCase()}
                    </a>
                  </span>
                ))}
                {variant === "dark" ? (
                  <span className="text-muted"> (light on dark: phones read it, a few scanner apps do not)</span>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="mt-4 text-sm text-muted">
            Organising an event?{" "}
            <SmartLink href={routes.talkKit(talk.slug)} className={link}>
              The organisers&rsquo; kit
            </SmartLink>{" "}
            has the abstract in its lengths, the talk as Markdown for a CFP form, and the bios.
          </p>
        </div>
      </div>
    </Section>
  );
}
