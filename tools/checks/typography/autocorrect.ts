/**
 * Spacing and punctuation between Chinese and Latin text, by autocorrect
 * (https://github.com/huacnlee/autocorrect) with the project's `.autocorrectrc`: each flat is
 * formatted as plain text and the difference becomes edits at exact positions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, loadConfig } from 'autocorrect-node';
import { diffChars } from 'diff';
import { projectRoot } from '../../lib/report.ts';
import type { Flat } from './flat.ts';
import type { FlatEdit } from './glossary-terms.ts';

loadConfig(readFileSync(join(projectRoot, '.autocorrectrc'), 'utf8'));

const blank = /^[ \u00A0\u3000]*$/;

function describe(
	removed: string,
	added: string
): { rule: 'spacing' | 'punctuation'; message: string } {
	if (blank.test(removed) && blank.test(added)) {
		return added
			? { rule: 'spacing', message: 'put one space between Chinese and Latin letters or digits' }
			: { rule: 'spacing', message: 'no space next to full-width punctuation' };
	}
	return {
		rule: 'punctuation',
		message: `write “${added.trim()}” instead of “${removed.trim()}” in a Chinese sentence`,
	};
}

export interface AutocorrectEdit extends FlatEdit {
	rule: 'spacing' | 'punctuation';
	/** For an insertion after a character (so that it lands before any markup that follows). */
	after?: boolean;
}

export function autocorrectEdits(flat: Flat): AutocorrectEdit[] {
	const s = flat.text;
	const formatted = format(s);
	if (formatted === s) return [];
	const edits: AutocorrectEdit[] = [];
	let pos = 0;
	let pending: { start: number; removed: string; added: string } | undefined;
	const flush = () => {
		if (!pending) return;
		const { start, removed, added } = pending;
		const end = start + removed.length;
		pending = undefined;
		// A space next to emphasis markup stays: CommonMark needs it to close `**…。**` before a word.
		if (!added && blank.test(removed) && flat.hasBreak(start, end)) return;
		const edit: AutocorrectEdit = { start, end, text: added, ...describe(removed, added) };
		// An inserted space belongs next to the Han character, outside of any markup around the word.
		if (!removed && start > 0 && /\p{Script=Han}/u.test(s[start - 1] as string)) edit.after = true;
		edits.push(edit);
	};
	for (const part of diffChars(s, formatted)) {
		if (!part.added && !part.removed) {
			flush();
			pos += part.value.length;
			continue;
		}
		pending ??= { start: pos, removed: '', added: '' };
		if (part.removed) {
			pending.removed += part.value;
			pos += part.value.length;
		} else pending.added += part.value;
	}
	flush();
	return edits;
}
