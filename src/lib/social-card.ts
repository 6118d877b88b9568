/**
 * The social card (`og:image`) of a page: a 1200×630 picture with the site's name, the page's
 * section and its title, drawn at build time by `src/node/social-cards.ts` from the HTML below and
 * served from `og/<locale>/<slug>.png` by `src/pages/og/[...card].png.ts`.
 *
 * Pure and free of `astro:*` imports, so the unit tests can check the template.
 */

export const socialCardSize = { width: 1200, height: 630 } as const;

export interface SocialCard {
	/** BCP 47 tag of the text: picks the font (the CJK font for Chinese). */
	lang: string;
	siteName: string;
	/** The top-level section the page belongs to; absent on the home page and top-level pages. */
	section?: string | undefined;
	title: string;
	description: string;
}

/** Path of a page's card below the site root: `og/zh-cn/xen/pv-vs-hvm.png`, `og/en/index.png`. */
export function socialCardFile(locale: string, slug: string): string {
	return `og/${locale}/${slug === '' ? 'index' : slug.replace(/\/$/, '')}.png`;
}

const escapeHtml = (text: string) =>
	text.replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c
	);

/**
 * What the card says, for `og:image:alt`: the picture is only text, so its alternative is that
 * text, in reading order.
 */
export function socialCardAlt(card: SocialCard): string {
	return [card.siteName, card.section, card.title].filter(Boolean).join(' · ');
}

/**
 * The card as a self-contained HTML document (system fonts only: the renderer is offline). Flat
 * colours and no photographs keep the PNG small (≤ 100 KB).
 */
export function socialCardHtml(card: SocialCard): string {
	const zh = card.lang.startsWith('zh');
	const fonts = zh
		? `'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif`
		: `'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', 'Liberation Sans', sans-serif`;
	const long = [...card.title].length > (zh ? 18 : 36);
	return `<!doctype html>
<html lang="${escapeHtml(card.lang)}"><head><meta charset="utf-8"><style>
* { margin: 0; box-sizing: border-box; }
html, body { width: ${socialCardSize.width}px; height: ${socialCardSize.height}px; }
body {
	display: flex; flex-direction: column; padding: 64px 80px 56px;
	background: #0e1116; color: #e6e8eb; font-family: ${fonts};
	border-top: 16px solid #86bdff;
}
.site { display: flex; align-items: center; gap: 20px; font-size: 34px; font-weight: 700; }
.mark { display: flex; gap: 8px; }
.mark span { width: 22px; height: 44px; border-radius: 4px; }
.section { margin-top: auto; font-size: 32px; font-weight: 700; color: #86bdff; }
h1 {
	margin-top: 16px; font-size: ${long ? 60 : 76}px; line-height: 1.15; font-weight: 700;
	display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden;
}
p {
	margin-top: 24px; font-size: 28px; line-height: 1.45; color: #a5afba;
	display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden;
}
</style></head><body>
<div class="site"><div class="mark"><span style="background:#ffb37a"></span><span style="background:#7bd88f"></span></div>${escapeHtml(card.siteName)}</div>
${card.section ? `<div class="section">${escapeHtml(card.section)}</div>` : '<div class="section"></div>'}
<h1>${escapeHtml(card.title)}</h1>
<p>${escapeHtml(card.description)}</p>
</body></html>`;
}
