import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { socialCardHtml, socialCardSize, type SocialCard } from '../lib/social-card.ts';
import { chromiumLaunchOptions } from './chromium.ts';

/**
 * Draws social cards (`og:image`) in the headless Chromium the build already uses for diagrams,
 * with the fonts installed on the machine (Noto Sans CJK for Chinese): no extra dependency, and
 * Chinese text is shaped and broken the way the browser does it. A content-hash cache beside the
 * diagrams' (`node_modules/.cache/social-cards/`) means a warm build opens no browser at all.
 *
 * Called from the prerendered endpoint `src/pages/og/[...card].png.ts`, which is bundled, so paths
 * are taken from the working directory (the project root under `astro build`), not this file.
 */
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'social-cards');
const stats = { rendered: 0, cached: 0, milliseconds: 0 };
let browser: Promise<Browser> | undefined;
let page: Promise<Page> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let idle: ReturnType<typeof setTimeout> | undefined;
let pending = 0;

/**
 * Closes the browser and reports once no card has been asked for a while (the build moved on to
 * other pages; Astro renders one route's pages together). The build has no hook for the end of a
 * route, and the endpoint is bundled apart from the integrations.
 */
function scheduleReport() {
	clearTimeout(idle);
	if (pending > 0) return;
	idle = setTimeout(() => {
		const open = browser;
		browser = page = undefined;
		void open?.then((b) => b.close());
		console.info(
			`[social-cards] ${stats.rendered} rendered, ${stats.cached} from cache, ${(stats.milliseconds / 1000).toFixed(1)} s of rendering`
		);
		stats.rendered = stats.cached = stats.milliseconds = 0;
	}, 2000);
}

async function draw(html: string): Promise<Buffer> {
	const started = performance.now();
	browser ??= chromium.launch(chromiumLaunchOptions());
	// One page for every card: a new page would load the CJK font again each time.
	const opened = browser;
	page ??= opened.then((b) => b.newPage({ viewport: socialCardSize }));
	try {
		const tab = await page;
		await tab.setContent(html);
		await tab.evaluate(() => document.fonts.ready);
		return await tab.screenshot({ type: 'png' });
	} finally {
		stats.rendered++;
		stats.milliseconds += performance.now() - started;
	}
}

/** The PNG of a card, from the cache when this exact card was drawn before. */
export async function renderSocialCard(card: SocialCard): Promise<Buffer> {
	const html = socialCardHtml(card);
	const key = createHash('sha256')
		.update(JSON.stringify({ html, size: socialCardSize, v: 1 }))
		.digest('hex');
	const file = join(cacheDir, `${key}.png`);
	pending++;
	clearTimeout(idle);
	try {
		try {
			const cached = await readFile(file);
			stats.cached++;
			return cached;
		} catch {
			// Not drawn yet.
		}
		const job = queue.then(() => draw(html));
		queue = job.catch(() => undefined);
		const png = await job;
		await mkdir(cacheDir, { recursive: true });
		await writeFile(file, png);
		return png;
	} finally {
		pending--;
		scheduleReport();
	}
}
