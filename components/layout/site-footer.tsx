import { GitHubIcon, PlayIcon } from "@/components/ui/icons";
import { site } from "@/lib/site/site";

export function SiteFooter() {
  return (
    <footer className="mt-20 border-t border-line">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-5 py-8 text-sm text-muted sm:flex-row sm:items-center sm:justify-between">
        <p>
          © {new Date().getFullYear()} {site.name}
        </p>
        <ul className="flex flex-wrap gap-5">
          <li>
            <a
              href={site.github.href}
              rel="noopener noreferrer"
              className="inline-flex items-center gap-1.5 hover:text-accent"
            >
              <GitHubIcon /> {site.github.label}
            </a>
          </li>
          <li>
            <a
              href={site.playlist.href}
              rel="noopener noreferrer"
              className="inline-flex items-center gap-1.5 hover:text-accent"
            >
              <PlayIcon /> {site.playlist.label}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
