/**
 * The project's own rule: a Chinese variant listed under `avoid` in `content/data/glossary.yaml`
 * (准虚拟化) is reported with the entry's standard zh-cn term (半虚拟化). A variant inside Chinese
 * quotes (“准虚拟化”) is a mention, not a use, and passes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Flat } from './flat.ts';

/** A discouraged Chinese variant and the glossary's standard term that replaces it. */
export interface AvoidedTerm {
	variant: string;
	term: string;
	/** Glossary entry id. */
	id: string;
}

/** A replacement of the flat range `[start, end)` by `text`, with why. */
export interface FlatEdit {
	start: number;
	end: number;
	text: string;
	message: string;
}

/** The standard zh-cn term without its parenthesised gloss: 虚拟机监控器（VMM） → 虚拟机监控器. */
function standardTerm(term: string): string {
	return term.replace(/（[^）]*）$/, '').trim() || term;
}

/** Reads the `avoid` lists of the glossary under `root`. */
export async function loadAvoidedTerms(root: string): Promise<AvoidedTerm[]> {
	const entries = parse(await readFile(join(root, 'content/data/glossary.yaml'), 'utf8')) as {
		id: string;
		term: Record<string, string>;
		avoid?: string[];
	}[];
	return entries.flatMap((entry) =>
		(entry.avoid ?? []).map((variant) => ({
			variant,
			term: standardTerm(entry.term['zh-cn'] ?? ''),
			id: entry.id,
		}))
	);
}

const quotes: Record<string, string> = { '“': '”', '「': '」', '‘': '’' };

export function glossaryEdits(flat: Flat, avoid: readonly AvoidedTerm[]): FlatEdit[] {
	if (!flat.glossary) return [];
	const s = flat.text;
	const edits: FlatEdit[] = [];
	for (const { variant, term, id } of avoid) {
		for (let i = s.indexOf(variant); i !== -1; i = s.indexOf(variant, i + 1)) {
			const before = s[i - 1] ?? '';
			if (quotes[before] !== undefined && quotes[before] === s[i + variant.length]) continue;
			edits.push({
				start: i,
				end: i + variant.length,
				text: term,
				message: `“${variant}” is not the glossary term; write “${term}” (glossary entry ${id})`,
			});
		}
	}
	return edits;
}
