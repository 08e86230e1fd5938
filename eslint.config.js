import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";

// Browser code (everything the pane, dialog and demo pages bundle) uses zod/mini: classic zod's chained methods
// cannot be tree-shaken and cost the pane's first load about 60 KB. The server, the sandbox and tests keep it.
const classicZodImports = ["zod", "zod/v4", "zod/v3"].map((name) => ({
  name,
  message: 'Browser code imports "zod/mini" (functional API: z.optional(x), z.pipe(a, z.transform(f)), …).',
}));
const notBrowserCode = [
  "src/server/**",
  "src/sandbox/**",
  "**/*.test.ts",
  "**/*.test.tsx",
];

// A feature never imports another feature (house style): shared modules -> features -> app.
const featureBoundaries = [
  { regex: "^\\.\\./(?!\\.\\.)[^/]+/", message: "A feature must not import another feature." },
  { regex: "^(\\.\\./)+app/", message: "Features must not import the app shell." },
];

export default tseslint.config(
  { ignores: ["dist", "node_modules", "coverage", ".e2e-artifacts", "bench-results"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-globals": ["error", "alert", "confirm", "prompt"],
    },
  },
  // A later block's no-restricted-imports replaces an earlier one's options (flat config does not merge them),
  // so feature code that is browser code gets both lists.
  {
    files: ["src/**"],
    ignores: notBrowserCode,
    rules: { "no-restricted-imports": ["error", { paths: classicZodImports }] },
  },
  {
    files: ["src/features/**"],
    rules: { "no-restricted-imports": ["error", { patterns: featureBoundaries }] },
  },
  {
    files: ["src/features/**"],
    ignores: notBrowserCode,
    rules: { "no-restricted-imports": ["error", { paths: classicZodImports, patterns: featureBoundaries }] },
  },
  {
    files: ["eslint.config.js"],
    ...tseslint.configs.disableTypeChecked,
  },
);
