import { SmartLink } from "@/components/ui/smart-link";
import { routes } from "@/lib/site/routes";
import { site } from "@/lib/site/site";

export function SiteHeader() {
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-5 py-4">
        <SmartLink href="/" className="text-base font-semibold tracking-tight text-ink hover:text-accent">
          {site.name}
        </SmartLink>
        <nav aria-label="Main">
          <ul className="flex items-center gap-5 text-sm font-medium text-muted">
            <li>
              <SmartLink href={routes.talks} className="hover:text-accent">
                Talks
              </SmartLink>
            </li>
            <li>
              <SmartLink href={routes.search} className="hover:text-accent">
                Search
              </SmartLink>
            </li>
            <li>
              <SmartLink href={routes.about} className="hover:text-accent">
                About
              </SmartLink>
            </li>
            <li>
              <a href={site.github.href} rel="noopener noreferrer" className="hover:text-accent">
                {site.github.label}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
