/**
 * Upper bounds for the rendered height of a block of a long page, for `contain-intrinsic-size`.
 * With `content-visibility: auto` (global.css) a block far below the screen is not laid out and
 * takes this height instead. An estimate under the real height would let the block's content, when
 * something measures it unrendered (axe's target-size rule in Lighthouse does), spill over the
 * blocks after it; an estimate over it only leaves blank space below the screen, which closes up as
 * the reader scrolls near. So these are generous upper bounds, each for the narrowest column of a
 * tier of screen widths, where text is tallest; `e2e/long-pages.spec.ts` checks every estimate
 * against the rendered height on long templates at 320 and 1280 px.
 */

/**
 * The narrowest text column at each tier of screen width, measured over the page and parallel
 * layouts: under 30rem (a 320 px screen less margins, and the parallel view's inset), from 30rem
 * (the parallel view's two columns at 56rem), from 75rem (the side contents column). global.css
 * picks the estimate of the tier (`--cv`, `--cv-m`, `--cv-l`).
 */
export const columnTiers = [272, 400, 560] as const;
/** The root font size the estimates are computed at. */
export const remPx = 16;

/** Full-width characters (CJK, kana, full-width punctuation) take 1 em; the rest, at most this. */
const latinEm = 0.56;
const fullWidth = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

export interface TextBox {
	/** Width available to the text, px. */
	widthPx: number;
	/** Font size, px. */
	fontPx: number;
	/** Line height as a multiple of the font size. */
	lineHeight: number;
}

/** Line height of body text per language (global.css: 1.7, Chinese pages 1.8). */
export function bodyLineHeight(locale: string | undefined): number {
	return locale?.startsWith('zh') ? 1.8 : 1.7;
}

/**
 * The height of a run of wrapped text. Each line is charged a whole word's width it may leave
 * unused (Latin breaks between words; Chinese keeps some punctuation off a line's start), and each
 * line a sixteenth more height for superscripts and inline code, which can make a line box taller.
 */
export function textHeight(text: string, box: TextBox): number {
	const trimmed = text.replace(/\s+/g, ' ').trim();
	if (!trimmed) return 0;
	let em = 0;
	for (const char of trimmed) em += fullWidth.test(char) ? 1 : latinEm;
	const longestWord = Math.max(...trimmed.split(' ').map((word) => word.length));
	const waste = Math.min(longestWord * latinEm, 5) + 0.5;
	const perLine = Math.max(box.widthPx / box.fontPx - waste, 4);
	return Math.ceil(em / perLine) * box.fontPx * box.lineHeight * 1.0625;
}

/**
 * Estimates for a block that components render (a source entry, a glossary entry): its lines of
 * text, each at its font size, plus fixed spacing, at each tier's column less an indent.
 */
export function stackEstimates(
	locale: string | undefined,
	lines: readonly (readonly [text: string, fontPx: number])[],
	{ indentPx = 0, fixedPx = 0 } = {}
): string {
	const lineHeight = bodyLineHeight(locale);
	return estimateStyle(
		columnTiers.map(
			(column) =>
				fixedPx +
				lines.reduce(
					(sum, [text, fontPx]) =>
						sum + textHeight(text, { widthPx: column - indentPx, fontPx, lineHeight }),
					0
				)
		)
	);
}

/** The `style` that carries a block's estimates, one per tier of `columnTiers`. */
export function estimateStyle(heights: readonly number[]): string {
	const [narrow = 0, medium = narrow, wide = medium] = heights;
	return `--cv: ${toRem(narrow)}; --cv-m: ${toRem(medium)}; --cv-l: ${toRem(wide)}`;
}

/** Rounds up to a step of about 10%, so pages share a few dozen sizes rather than one per block. */
function toRem(px: number): string {
	const rem = Math.max(px / remPx, 1);
	const step = 1.1 ** Math.ceil(Math.log(rem) / Math.log(1.1));
	return `${Math.ceil(step * 4) / 4}rem`;
}

/**
 * A long table's fixed column widths (`table-layout: fixed`, global.css): the table is as wide as
 * its box and at least `minRem`; each column has a width in rem, or shares what the fixed ones
 * leave. Fixed columns let a cell's content stay undrawn until the reader scrolls it into the
 * table's box (CellBody.astro) without the columns changing width as cells are drawn.
 */
export interface FixedColumns {
	minRem: number;
	columns: readonly (number | null)[];
}

/** Table cells' font size and line height (global.css), and a cell's padding on both sides. */
const cellFontPx = 0.875 * remPx;
const cellLineHeight = 1.55;
const cellPaddingPx = 2 * 0.75 * remPx;

/** Width of each column's content at the narrowest the table can be (the wrap has a 1 px border). */
export function cellWidthsPx({ minRem, columns }: FixedColumns): number[] {
	const table = Math.max(minRem * remPx, columnTiers[0] - 2);
	const fixed = columns.reduce<number>((sum, rem) => sum + (rem ?? 0) * remPx, 0);
	const shared = columns.filter((rem) => rem === null).length;
	return columns.map(
		(rem) => (rem === null ? (table - fixed) / Math.max(shared, 1) : rem * remPx) - cellPaddingPx
	);
}

/** The table's and its columns' styles for FixedColumns. */
export function fixedColumnStyles({ minRem, columns }: FixedColumns) {
	return {
		table: `--table-min: ${minRem}rem`,
		columns: columns.map((rem) => (rem === null ? undefined : `width: ${rem}rem`)),
	};
}

/**
 * Estimates for a cell's content, from its text at the column's narrowest width, with one more line
 * for each line break the markup forces (a status on its own line, a `<br>`). The table is at its
 * narrowest on every screen where its minimum exceeds the column, so one estimate serves all tiers.
 */
export function cellEstimates(text: string, widthPx: number, breaks = 0): string {
	const box = { widthPx, fontPx: cellFontPx, lineHeight: cellLineHeight };
	const height = textHeight(text, box) + breaks * cellFontPx * cellLineHeight * 1.0625;
	return estimateStyle([height]);
}
