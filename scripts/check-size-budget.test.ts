import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { budgetKb, initialJsBudgetKb, measureInitialLoad, referencedAssets } from "./check-size-budget";

let dist: string;

function write(file: string, content: string) {
  mkdirSync(join(dist, file, ".."), { recursive: true });
  writeFileSync(join(dist, file), content);
}

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), "size-budget-"));
  write(
    "taskpane.html",
    `<!doctype html><html><head>
      <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
      <script type="module" crossorigin src="/assets/taskpane-aaaaaaaa.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/react-bbbbbbbb.js">
      <link rel="stylesheet" crossorigin href="/assets/taskpane-cccccccc.css">
    </head><body><div id="root"></div></body></html>`,
  );
  write("assets/taskpane-aaaaaaaa.js", "a".repeat(3000));
  write("assets/react-bbbbbbbb.js", "r".repeat(5000));
  write("assets/shared-dddddddd.js", "s".repeat(700));
  write("assets/taskpane-cccccccc.css", "body{}");
  write("assets/settings-eeeeeeee.js", "e".repeat(4000));
  write("assets/settings-ffffffff.css", ".x{}");
  write("assets/charts-gggggggg.js", "g".repeat(2000));
  write(
    ".vite/manifest.json",
    JSON.stringify({
      "taskpane.html": {
        file: "assets/taskpane-aaaaaaaa.js",
        isEntry: true,
        imports: ["_react.js", "_shared.js"],
        dynamicImports: ["src/features/settings/settings-view.tsx"],
        css: ["assets/taskpane-cccccccc.css"],
      },
      "_react.js": { file: "assets/react-bbbbbbbb.js" },
      "_shared.js": { file: "assets/shared-dddddddd.js" },
      "src/features/settings/settings-view.tsx": {
        file: "assets/settings-eeeeeeee.js",
        imports: ["_react.js"],
        dynamicImports: ["src/features/settings/charts.tsx"],
        css: ["assets/settings-ffffffff.css"],
      },
      "src/features/settings/charts.tsx": { file: "assets/charts-gggggggg.js" },
    }),
  );
});

afterEach(() => {
  rmSync(dist, { recursive: true, force: true });
});

test("counts the entry and everything it imports statically as the first render's JavaScript", () => {
  const report = measureInitialLoad(dist);
  expect(report.initial.js.map((asset) => asset.file)).toEqual([
    "assets/react-bbbbbbbb.js",
    "assets/shared-dddddddd.js",
    "assets/taskpane-aaaaaaaa.js",
  ]);
  expect(report.totals.initialJsRaw).toBe(3000 + 5000 + 700);
  expect(report.initial.css.map((asset) => asset.file)).toEqual(["assets/taskpane-cccccccc.css"]);
});

test("lists dynamically imported chunks apart, without what the first render already loaded", () => {
  const report = measureInitialLoad(dist);
  expect(report.lazy.js.map((asset) => asset.file)).toEqual([
    "assets/charts-gggggggg.js",
    "assets/settings-eeeeeeee.js",
  ]);
  expect(report.lazy.css.map((asset) => asset.file)).toEqual(["assets/settings-ffffffff.css"]);
});

test("does not count office.js from Microsoft's CDN", () => {
  const report = measureInitialLoad(dist);
  expect(report.external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  expect(report.initial.js.some((asset) => asset.file.includes("office"))).toBe(false);
});

test("gzip sizes are measured, and are smaller than raw for repetitive files", () => {
  const report = measureInitialLoad(dist);
  expect(report.totals.initialJsGzip).toBeGreaterThan(0);
  expect(report.totals.initialJsGzip).toBeLessThan(report.totals.initialJsRaw);
});

test("a missing build is reported clearly", () => {
  expect(() => measureInitialLoad(join(dist, "nothing"))).toThrow(/run "vite build" first/);
});

test("the budget is the ratchet unless SIZE_BUDGET_KB says otherwise", () => {
  expect(initialJsBudgetKb).toBe(192);
  expect(budgetKb({})).toBe(192);
  expect(budgetKb({ SIZE_BUDGET_KB: "200" })).toBe(200);
  expect(() => budgetKb({ SIZE_BUDGET_KB: "lots" })).toThrow(/positive number/);
});

test("reads script, modulepreload and stylesheet references with any quoting", () => {
  expect(
    referencedAssets(
      `<script type=module src=/a.js></script><link href='/b.js' rel='modulepreload'><link rel=icon href=/i.png><link rel="stylesheet" href="/c.css">`,
    ),
  ).toEqual({ scripts: ["/a.js", "/b.js"], css: ["/c.css"] });
});
