// The manifest is checked offline: Microsoft's validator needs its online service, and a manifest Outlook
// rejects only shows up at sideload time.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";
import viteConfig from "../vite.config";
import { makeManifest, manifestFileName, rewriteManifest } from "../scripts/make-manifest";

const root = resolve(import.meta.dirname, "..");
const manifestXml = readFileSync(join(root, "manifest.xml"), "utf8");

type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// fast-xml-parser's preserveOrder output ([{ tag: [children], ":@": { "@_attr": value } }]) as a typed tree.
function toElements(nodes: unknown): XmlElement[] {
  if (!Array.isArray(nodes)) return [];
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    if (!isRecord(node)) continue;
    const name = Object.keys(node).find((key) => key !== ":@" && key !== "#text");
    if (name === undefined || name.startsWith("?")) continue;
    const attributes: Record<string, string> = {};
    const rawAttributes = node[":@"];
    if (isRecord(rawAttributes)) {
      for (const [key, value] of Object.entries(rawAttributes))
        attributes[key.replace(/^@_/, "")] = String(value);
    }
    const content = node[name];
    const text = Array.isArray(content)
      ? content
          .map((child) => (isRecord(child) && "#text" in child ? String(child["#text"]) : ""))
          .join("")
          .trim()
      : "";
    elements.push({ name, attributes, children: toElements(content), text });
  }
  return elements;
}

function parseManifest(xml: string): XmlElement {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, parseTagValue: false });
  const officeApp = toElements(parser.parse(xml)).find((element) => element.name === "OfficeApp");
  if (officeApp === undefined) throw new Error("manifest has no OfficeApp element");
  return officeApp;
}

function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}

function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((candidate) => [
    ...(candidate.name === name ? [candidate] : []),
    ...descendants(candidate, name),
  ]);
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** https://localhost:3000/assets/icon-16.png → public/assets/icon-16.png (Vite copies public/ to the root). */
function publicFileFor(url: string): string {
  return join(root, "public", new URL(url).pathname);
}

const buildPages = Object.keys(viteConfig.build?.rollupOptions?.input ?? {}).map((name) => `${name}.html`);

const officeApp = parseManifest(manifestXml);
const outerOverrides = child(officeApp, "VersionOverrides");
const innerOverrides = child(outerOverrides, "VersionOverrides");

describe("manifest.xml", () => {
  test("keeps OfficeApp's children in the order the schema demands", () => {
    const schemaOrder = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "FormSettings",
      "Permissions",
      "Rule",
      "DisableEntityHighlighting",
      "VersionOverrides",
    ];
    const names = officeApp.children.map((element) => element.name);
    const positions = names.map((name) => schemaOrder.indexOf(name));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
  });

  test("is a mail add-in with the required identity and description", () => {
    expect(officeApp.attributes["xsi:type"]).toBe("MailApp");
    expect(child(officeApp, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(child(officeApp, "Version").text).toBe("1.0.0.0");
    expect(child(officeApp, "ProviderName").text).not.toBe("");
    expect(child(officeApp, "DefaultLocale").text).toBe("en-US");
    expect(child(officeApp, "DisplayName").attributes.DefaultValue).toBe("Oro connector");
    expect(child(officeApp, "Description").attributes.DefaultValue?.length ?? 0).toBeGreaterThan(20);
    expect(child(child(officeApp, "Hosts"), "Host").attributes.Name).toBe("Mailbox");
  });

  test("asks for the least permission that reads the open message in read and compose mode", () => {
    expect(child(officeApp, "Permissions").text).toBe("ReadItem");
    const rules = child(officeApp, "Rule").children.map((rule) => rule.attributes);
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ "xsi:type": "ItemIs", ItemType: "Message", FormType: "Read" }),
        expect.objectContaining({ "xsi:type": "ItemIs", ItemType: "Message", FormType: "Edit" }),
      ]),
    );
  });

  test("requires Mailbox 1.1 to install, 1.3 for the buttons and 1.5 for the pinnable pane", () => {
    const baseSet = child(child(child(officeApp, "Requirements"), "Sets"), "Set");
    expect(baseSet.attributes).toMatchObject({ Name: "Mailbox", MinVersion: "1.1" });
    const overrideSets = (overrides: XmlElement) => child(child(overrides, "Requirements"), "bt:Sets");
    expect(outerOverrides.attributes["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(overrideSets(outerOverrides).attributes.DefaultMinVersion).toBe("1.3");
    expect(innerOverrides.attributes["xsi:type"]).toBe("VersionOverridesV1_1");
    expect(overrideSets(innerOverrides).attributes.DefaultMinVersion).toBe("1.5");
    expect(child(overrideSets(innerOverrides), "bt:Set").attributes.Name).toBe("Mailbox");
    expect(outerOverrides.children.at(-1)).toBe(innerOverrides);
  });

  test("offers a pinnable task pane button when reading and when composing", () => {
    const surfaces = descendants(innerOverrides, "ExtensionPoint");
    expect(surfaces.map((surface) => surface.attributes["xsi:type"]).sort()).toEqual([
      "MessageComposeCommandSurface",
      "MessageReadCommandSurface",
    ]);
    for (const surface of surfaces) {
      const actions = descendants(surface, "Action");
      expect(actions.map((action) => action.attributes["xsi:type"])).toEqual(["ShowTaskpane"]);
      expect(child(actions[0] ?? surface, "SupportsPinning").text).toBe("true");
    }
    // SupportsPinning exists only in the 1.1 schema; in the 1.0 block it would make the manifest invalid.
    const outerOnly = {
      ...outerOverrides,
      children: outerOverrides.children.filter((c) => c !== innerOverrides),
    };
    expect(descendants(outerOnly, "SupportsPinning")).toEqual([]);
  });

  test("every resource a button refers to is defined in its block", () => {
    for (const overrides of [outerOverrides, innerOverrides]) {
      const resources = child(overrides, "Resources");
      const defined = new Set(
        resources.children.flatMap((group) => group.children.map((resource) => resource.attributes.id)),
      );
      const hosts = child(overrides, "Hosts");
      const referenced = [
        ...descendants(hosts, "Label"),
        ...descendants(hosts, "Title"),
        ...descendants(hosts, "Description"),
        ...descendants(hosts, "bt:Image"),
        ...descendants(hosts, "SourceLocation"),
      ].map((element) => element.attributes.resid);
      expect(referenced.length).toBeGreaterThan(0);
      for (const resid of referenced) expect(defined).toContain(resid);
    }
  });

  test("every icon exists in public/assets as a PNG of the size Office expects", () => {
    const expectations: Array<{ url: string | undefined; size: number }> = [
      { url: child(officeApp, "IconUrl").attributes.DefaultValue, size: 64 },
      { url: child(officeApp, "HighResolutionIconUrl").attributes.DefaultValue, size: 128 },
    ];
    for (const overrides of [outerOverrides, innerOverrides]) {
      const images = new Map(
        descendants(child(overrides, "Resources"), "bt:Image").map((image) => [
          image.attributes.id,
          image.attributes.DefaultValue,
        ]),
      );
      for (const use of descendants(child(overrides, "Hosts"), "bt:Image")) {
        expectations.push({ url: images.get(use.attributes.resid), size: Number(use.attributes.size) });
      }
    }
    expect(new Set(expectations.map((expectation) => expectation.size))).toEqual(
      new Set([16, 32, 64, 80, 128]),
    );
    for (const { url, size } of expectations) {
      expect(url).toBeDefined();
      const file = publicFileFor(url ?? "");
      expect(existsSync(file), `${file} exists`).toBe(true);
      expect(pngSize(file), basename(file)).toEqual({ width: size, height: size });
    }
  });

  test("uses only HTTPS URLs", () => {
    const urls = manifestXml.match(/\b[a-z]+:\/\/[^\s"<]+/gi) ?? [];
    const schemaNamespaces = urls.filter(
      (url) =>
        url.startsWith("http://schemas.microsoft.com/") ||
        url === "http://www.w3.org/2001/XMLSchema-instance",
    );
    const addressed = urls.filter((url) => !schemaNamespaces.includes(url));
    expect(addressed.length).toBeGreaterThan(5);
    for (const url of addressed) expect(url).toMatch(/^https:\/\//);
  });

  test("points the task pane at a page the build produces, on the origin listed in AppDomains", () => {
    const paneUrls = [
      ...descendants(child(officeApp, "FormSettings"), "SourceLocation").map(
        (e) => e.attributes.DefaultValue,
      ),
      ...[outerOverrides, innerOverrides].flatMap((overrides) =>
        descendants(child(overrides, "Resources"), "bt:Url").map((e) => e.attributes.DefaultValue),
      ),
    ];
    const appDomains = descendants(child(officeApp, "AppDomains"), "AppDomain").map((domain) => domain.text);
    expect(paneUrls.length).toBe(4);
    for (const url of paneUrls) {
      const parsed = new URL(url ?? "");
      expect(parsed.pathname).toBe("/taskpane.html");
      expect(buildPages).toContain("taskpane.html");
      expect(appDomains).toContain(parsed.origin);
    }
  });

  test("the sign-in dialog pages are built and served beside the task pane", () => {
    // displayAsync requires the dialog's first page on the pane's origin: both pages are part of the same build.
    for (const page of ["taskpane.html", "auth-start.html", "auth-callback.html"]) {
      expect(buildPages).toContain(page);
      expect(existsSync(join(root, page)), page).toBe(true);
    }
  });
});

describe("npm run manifest", () => {
  test("moves every URL and the AppDomain to the deployment's origin", () => {
    const xml = rewriteManifest(manifestXml, { url: "https://addin.example.com" });
    expect(xml).not.toMatch(/https:\/\/localhost/);
    const rewritten = parseManifest(xml);
    expect(descendants(child(rewritten, "AppDomains"), "AppDomain").map((domain) => domain.text)).toEqual([
      "https://addin.example.com",
    ]);
    expect(child(rewritten, "IconUrl").attributes.DefaultValue).toBe(
      "https://addin.example.com/assets/icon-64.png",
    );
    const paneUrls = descendants(rewritten, "bt:Url").map((url) => url.attributes.DefaultValue);
    expect(paneUrls).toEqual([
      "https://addin.example.com/taskpane.html",
      "https://addin.example.com/taskpane.html",
    ]);
    expect(parseManifest(xml).children.map((element) => element.name)).toEqual(
      officeApp.children.map((element) => element.name),
    );
  });

  test("keeps a non-default port and can set the support page", () => {
    const xml = rewriteManifest(manifestXml, {
      url: "https://dev.example.com:8443/",
      supportUrl: "https://example.com/help?a=1&b=2",
    });
    expect(xml).toContain("<AppDomain>https://dev.example.com:8443</AppDomain>");
    expect(xml).toContain('<SupportUrl DefaultValue="https://example.com/help?a=1&amp;b=2" />');
    expect(child(parseManifest(xml), "SupportUrl").attributes.DefaultValue).toBe(
      "https://example.com/help?a=1&b=2",
    );
  });

  test.each([
    ["http://addin.example.com", /must use https/],
    ["addin.example.com", /must be an https origin/],
    ["https://addin.example.com/connector", /origin only/],
  ])("refuses %s", (url, message) => {
    expect(() => rewriteManifest(manifestXml, { url })).toThrow(message);
  });

  test("writes manifest.<host>.xml unless told otherwise", () => {
    expect(manifestFileName("https://addin.example.com")).toBe("manifest.addin.example.com.xml");
    expect(manifestFileName("https://localhost:8443")).toBe("manifest.localhost-8443.xml");
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    try {
      const { path } = makeManifest({
        url: "https://addin.example.com",
        source: join(root, "manifest.xml"),
        cwd: dir,
      });
      expect(path).toBe(join(dir, "manifest.addin.example.com.xml"));
      expect(readFileSync(path, "utf8")).toContain("https://addin.example.com/taskpane.html");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
