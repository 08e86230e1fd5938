// Renders the add-in's logo to the PNG sizes Office asks for (16/32/80 command icons, 64 IconUrl, 128
// HighResolutionIconUrl) with headless Chromium, drawing the SVG natively at each size so small icons stay sharp.
// Run: npx tsx scripts/make-icons.ts   (the PNGs in public/assets/ are committed; run again only to change the logo)
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

export const iconSizes = [16, 32, 64, 80, 128] as const;

/** A rounded blue tile with a white ring (the "O" of Oro) joined to a small node: records connected to mail. */
export function logoSvg(size: number): string {
  // Thicker strokes at small sizes keep the ring readable on a 16 px ribbon button.
  const ringWidth = size <= 16 ? 2.6 : size <= 32 ? 2.2 : 1.9;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 16 16">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#1f7ad6"/>
      <stop offset="1" stop-color="#0b4f9c"/>
    </linearGradient>
  </defs>
  <rect x="0" y="0" width="16" height="16" rx="3.4" fill="url(#tile)"/>
  <circle cx="6.1" cy="8" r="3.5" fill="none" stroke="#ffffff" stroke-width="${ringWidth}"/>
  <path d="M9.4 8H12" stroke="#ffffff" stroke-width="${ringWidth * 0.75}" stroke-linecap="round"/>
  <circle cx="12.6" cy="8" r="1.75" fill="#ffffff"/>
</svg>`;
}

async function main(): Promise<void> {
  const outDir = resolve(import.meta.dirname, "..", "public", "assets");
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    for (const size of iconSizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${logoSvg(size)}</body></html>`,
      );
      const path = join(outDir, `icon-${size}.png`);
      await page.locator("svg").screenshot({ path, omitBackground: true });
      await page.close();
      console.log(`wrote ${path}`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
