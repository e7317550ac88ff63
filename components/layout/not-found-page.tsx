import { buttonStyles } from "@/components/ui/button";
import { SmartLink } from "@/components/ui/smart-link";
import { routes } from "@/lib/site/routes";

/** The 404 page: what happened, and the two ways on. */
export function NotFoundPage() {
  return (
    <section aria-labelledby="not-found-heading" className="mx-auto max-w-3xl py-10">
      <p className="text-sm font-semibold tracking-widest text-muted uppercase">404</p>
      <h1 id="not-found-heading" className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">
        Page not found
      </h1>
      <p className="mt-4 max-w-xl text-lg text-muted">
        There is nothing at this address. The talk may have moved, or the link may have a typo.
      </p>
      <ul className="mt-8 flex flex-wrap gap-3 font-medium">
        <li>
          <SmartLink href={routes.talks} className={buttonStyles.primary}>
            Browse all talks
          </SmartLink>
        </li>
        <li>
          <SmartLink href={routes.home} className={buttonStyles.secondary}>
            Go to the home page
          </SmartLink>
        </li>
      </ul>
    </section>
  );
}
