/**
 * Where the house style differs from autocorrect's: around or next to Chinese, parentheses are
 * full-width （） (autocorrect would space ASCII ones: `内核 (kernel) 是`), double quotes are “ ”
 * and an ellipsis is …… (autocorrect leaves `"…"` and `...` alone).
 */
import type { Flat } from './flat.ts';
import type { FlatEdit } from './glossary-terms.ts';

const han = /\p{Script=Han}/u;
const isHan = (c: string | undefined) => c !== undefined && han.test(c);

/** Pairs of `open`/`close` in reading order; `undefined` for a missing partner. */
function pairs(s: string, open: string, close: string): [number | undefined, number | undefined][] {
	const found: [number | undefined, number | undefined][] = [];
	const stack: number[] = [];
	for (let i = 0; i < s.length; i++) {
		if (s[i] === open && (open !== close || stack.length === 0)) stack.push(i);
		else if (s[i] === close) found.push([stack.pop(), i]);
	}
	for (const i of stack) found.push([i, undefined]);
	return found;
}

export function housePunctuationEdits(flat: Flat): FlatEdit[] {
	const s = flat.text;
	const edits: FlatEdit[] = [];
	const marks: [string, string, string, string][] = [
		['(', ')', '（', '）'],
		['"', '"', '“', '”'],
	];
	for (const [open, close, wideOpen, wideClose] of marks) {
		for (const [a, b] of pairs(s, open, close)) {
			const chinese =
				(a !== undefined && b !== undefined && han.test(s.slice(a + 1, b))) ||
				(a !== undefined && (isHan(s[a - 1]) || (b === undefined && isHan(s[a + 1])))) ||
				(b !== undefined && (isHan(s[b + 1]) || (a === undefined && isHan(s[b - 1]))));
			if (!chinese) continue;
			const message = `write “${wideOpen}${wideClose}” instead of “${open}${close}” around or next to Chinese`;
			if (a !== undefined) edits.push({ start: a, end: a + 1, text: wideOpen, message });
			if (b !== undefined) edits.push({ start: b, end: b + 1, text: wideClose, message });
		}
	}
	for (const m of s.matchAll(/\.{3,}/g)) {
		if (isHan(s[m.index - 1]))
			edits.push({
				start: m.index,
				end: m.index + m[0].length,
				text: '……',
				message: 'write “……” instead of “...” in a Chinese sentence',
			});
	}
	return edits;
}
