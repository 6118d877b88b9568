/**
 * The project's own rule: a Chinese variant listed under `avoid` in `content/data/glossary.yaml`
 * (准虚拟化) is reported with the entry's standard zh-cn term (半虚拟化). A variant inside Chinese
 * quotes (“准虚拟化”) is a mention, not a use, and passes.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { plainTerm, readGlossary } from '../../../src/lib/glossary.ts';
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

/**
 * Reads the `avoid` lists of the glossary under `root`, through `src/lib/glossary.ts` (the reader
 * the build uses), so an unreadable glossary fails here with the file and line named.
 */
export async function loadAvoidedTerms(root: string): Promise<AvoidedTerm[]> {
	return (await readGlossary(pathToFileURL(join(root, '/')))).flatMap((entry) =>
		entry.avoid.map((variant) => ({
			variant,
			term: plainTerm(entry.term['zh-cn'] ?? ''),
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
