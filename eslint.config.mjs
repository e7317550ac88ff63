import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

/**
 * The walls between the rooms (docs/architecture.md): each room imports only from the rooms
 * before it in the pipeline. Tests may reach anywhere; test support lives in testing/.
 */
const walls = [
  {
    target: "./lib/content",
    from: "./",
    except: ["./lib/content", "./lib/paths.mjs", "./lib/words.ts", "./node_modules"],
    message:
      "lib/content/ reads and validates the content and depends on nothing else of the site: move the code here, or pass the value in.",
  },
  {
    target: "./lib/site",
    from: ["./lib/outputs", "./lib/render", "./lib/serving"],
    message:
      "lib/site/ knows the talks and the site; what is made from them (lib/outputs/, lib/render/) comes after it.",
  },
  {
    target: "./lib/import",
    from: ["./lib/site", "./lib/outputs", "./lib/render", "./lib/serving"],
    message:
      "lib/import/ turns other sources into talk files with lib/content/'s rules; it knows nothing of the pages.",
  },
  {
    target: "./lib/render",
    from: ["./lib/content", "./lib/site", "./lib/outputs", "./lib/serving"],
    message: "lib/render/ draws what it is given: pass the data in from lib/outputs/ or a component.",
  },
  {
    target: "./lib",
    from: ["./app", "./components", "./scripts", "./testing", "./e2e", "./bench"],
    message: "lib/ holds no markup and no tools: components and routes import lib/, never the other way round.",
  },
  {
    target: "./components/islands",
    from: "./",
    // lib/site/search-results.ts is what the search index and the search island agree on: it
    // imports nothing, so that the island's bundle takes only its few names.
    except: ["./components/islands", "./lib/site/search-results.ts", "./node_modules"],
    message: "An island runs in the browser: it imports only the islands' own modules, never server code.",
  },
  {
    target: "./components",
    from: ["./app", "./scripts", "./testing", "./e2e", "./bench"],
    message: "Components are composed by app/ routes; they do not import routes or tools.",
  },
  {
    target: ["./app", "./scripts"],
    from: ["./testing", "./e2e", "./bench"],
    message: "The site and its build steps never depend on test support.",
  },
];

// eslint-config-next registers eslint-plugin-import; rules of a plugin must sit beside it.
const importPlugin = nextVitals.find((config) => config.plugins?.import)?.plugins.import;

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    plugins: { import: importPlugin },
    rules: {
      "import/order": [
        "error",
        {
          groups: ["builtin", "external", "internal", ["parent", "sibling", "index"]],
          pathGroups: [{ pattern: "@/**", group: "internal" }],
          pathGroupsExcludedImportTypes: ["builtin"],
          "newlines-between": "always",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
      "import/no-restricted-paths": ["error", { zones: walls }],
    },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "import/no-restricted-paths": "off" },
  },
  {
    // CommonJS, which next.config.ts and the build steps load.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  globalIgnores([".next/**", "out/**", ".vercel/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
