/**
 * The visible text of one block (a paragraph, heading, table cell, YAML value, UI string or diagram
 * label), flattened to a plain string that autocorrect and the glossary rule can read, with the
 * source offset of every character so that findings point into the file.
 */

/** Stands for inline code, a URL link or a UI placeholder: a Latin word to the spacing rules. */
export const LATIN = 'X';
/** Stands for something visible that is neither Han nor Latin (a citation mark, an image). */
export const BOUNDARY = '\uE001';

export class Flat {
	text = '';
	offsets: number[] = [];
	/** Positions where inline markup (`**`, `[`, `](…)`) sits between two characters. */
	breaks = new Set<number>();
	/** Whether the glossary rule applies (glossary aliases exist to name the variants). */
	glossary = true;

	addText(value: string, offsets: number[]): void {
		this.text += value;
		this.offsets.push(...offsets);
	}
	addPlaceholder(char: string, offset: number): void {
		this.text += char;
		this.offsets.push(offset);
	}
	markBreak(): void {
		this.breaks.add(this.text.length);
	}
	/** Whether markup sits anywhere between positions `from` and `to` (inclusive). */
	hasBreak(from: number, to: number): boolean {
		for (let p = from; p <= to; p++) if (this.breaks.has(p)) return true;
		return false;
	}

	/** A flat of `text` that starts at `offset` in its source and has no markup. */
	static of(text: string, offset = 0): Flat {
		const flat = new Flat();
		flat.addText(
			text,
			text.split('').map((_, i) => offset + i)
		);
		return flat;
	}
}

/**
 * Source offset of every code unit of `value`, a decoded form of `source.slice(start, end)` (quotes,
 * escapes, entities, indentation and folded line breaks removed): each character is matched to the
 * next equal source character within a short window.
 */
export function align(value: string, source: string, start: number, end: number): number[] {
	const offsets: number[] = [];
	let p = start;
	for (const ch of value.split('')) {
		let q = p;
		while (q < end && source[q] !== ch && q - p < 12) q++;
		if (q < end && source[q] === ch) {
			offsets.push(q);
			p = q + 1;
		} else {
			offsets.push(Math.min(p, Math.max(start, end - 1)));
		}
	}
	return offsets;
}
