import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { siteMetadata } from "@/lib/outputs/metadata";
import { site } from "@/lib/site/site";

import "./globals.css";

export const metadata: Metadata = {
  ...siteMetadata(),
  // app/icon.svg is the favicon; iOS wants a square PNG for the home screen.
  icons: { apple: "/apple-touch-icon.png" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0c10" },
  ],
};

type Props = {
  children: ReactNode;
};

export default function RootLayout({ children }: Props) {
  return (
    <html lang={site.locale}>
      <body className="flex min-h-dvh flex-col bg-page font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only rounded-md bg-accent px-4 py-2 font-medium text-page focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-10"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-5 pt-10 outline-none sm:pt-14">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
