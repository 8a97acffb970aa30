// Lint for the whole repository: TypeScript, the React hooks rules and Next's rules (including Core Web Vitals).
// Formatting is Prettier's job (`npm run format:check`), so eslint-config-prettier comes last and turns off every
// stylistic rule that would fight it.
//
// The typescript-eslint rules are the syntactic set: the type-aware set took over 30 s on the whole tree here
// (against about 9 s), and its main findings were react-hook-form's `onSubmit={handleSubmit(...)}`, which is how
// that library is meant to be used.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import prettier from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    // Generated or built output: Prisma clients and schemas, Next's build folders, the bundled client scripts and
    // service worker that scripts/build-sw.mjs writes into public/, and the local database folder.
    ignores: [
      "lib/generated/**",
      ".next*/**",
      "public/*.js",
      "public/*.js.map",
      "prisma/*/**",
      "data/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  nextPlugin.configs.recommended,
  nextPlugin.configs["core-web-vitals"],
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    settings: { next: { rootDir: "." } },
    rules: {
      // A leading underscore marks a parameter that a signature requires but this implementation does not use.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  prettier,
);
