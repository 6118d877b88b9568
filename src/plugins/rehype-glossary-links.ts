import { existsSync, readFileSync } from 'node:fs';
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { docFileOf, type DocFile } from '../lib/doc-file';
import { readGlossary, spellings, termCard, type GlossaryEntry } from '../lib/glossary';

interface Options {
	/** Project root, where `content/data/glossary.yaml` is found. */
	root: URL;
	/** Locale code → BCP 47 tag. */
	locales: Record<string, string>;
	base: string;
	/** Glossary ids never linked automatically (the site's two subjects would be linked everywhere). */
	skip?: string[];
}

type Entry = GlossaryEntry;
type Matchers = Map<string, { pattern: RegExp; byText: Map<string, Entry> }>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const isLatin = (s: string) => /^[\x20-\x7e]+$/.test(s);
/** Elements whose text is never turned into a glossary link. */
const skipTags = new Set([
	'a',
	'code',
	'pre',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'figure',
	'table',
	'sup',
	'svg',
	'nav',
	'script',
	'style',
	'kbd',
]);

/**
 * The prose of an MDX source that the linker would walk: no frontmatter, code, headings, tables,
 * links or components. Used to read a page's twin, which is compiled separately.
 */
function linkableText(source: string): string {
	return source
		.replace(/^---\n[\s\S]*?\n---\n/, ' ')
		.replace(/^(```|~~~)[\s\S]*?^\1/gm, ' ')
		.replace(/^#{1,6} .*$/gm, ' ')
		.replace(/^\|.*$/gm, ' ')
		.replace(/`[^`\n]*`/g, ' ')
		.replace(/!?\[[^\]]*\]\([^)]*\)/g, ' ')
		.replace(/<([A-Z][A-Za-z]*)\b[^>]*\/>/g, ' ')
		.replace(/<([A-Z][A-Za-z]*)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
}

/**
 * Links the first use of each glossary term on a docs page to its glossary entry. The link's text is
 * the term as written; what the glossary card shows on hover, focus or tap (the term in both
 * languages and the definition's first sentence, see `termCard`) rides in data attributes, which
 * screen readers, text browsers and search never read as text. Authors write nothing: the glossary
 * file is the list.
 * The glossary is read through `src/lib/glossary.ts` (rehype runs outside the content layer); a
 * glossary that cannot be read stops the build with the file named, rather than linking nothing.
 *
 * A term is linked only when it occurs in the page's twin as well, so the two languages link the
 * same glossary entries (checked by `npm run check:parity`).
 */
export function rehypeGlossaryLinks(options: Options) {
	const codes = Object.keys(options.locales);
	let loaded: Promise<Matchers> | undefined;
	const load = async (): Promise<Matchers> => {
		const entries = (await readGlossary(options.root)).filter(
			(e) => !(options.skip ?? []).includes(e.id)
		);
		const matchers: Matchers = new Map();
		for (const locale of codes) {
			const byText = new Map<string, Entry>();
			for (const entry of entries) {
				for (const spelling of spellings(entry.term[locale] ?? '')) {
					if (!byText.has(spelling.toLowerCase())) byText.set(spelling.toLowerCase(), entry);
				}
			}
			const alternatives = [...byText.keys()]
				.sort((a, b) => b.length - a.length)
				.map((s) =>
					isLatin(s) ? `(?<![A-Za-z0-9_\\-])${escape(s)}(?:e?s)?(?![A-Za-z0-9_\\-])` : escape(s)
				);
			if (alternatives.length)
				matchers.set(locale, { pattern: new RegExp(alternatives.join('|'), 'giu'), byText });
		}
		return matchers;
	};

	/** Glossary ids a source file mentions in linkable prose, per locale. */
	const mentioned = (matchers: Matchers, path: string, locale: string): Set<string> => {
		const found = new Set<string>();
		const matcher = matchers.get(locale);
		let source = '';
		try {
			source = readFileSync(path, 'utf8');
		} catch {
			return found;
		}
		if (!matcher) return found;
		for (const hit of linkableText(source).matchAll(matcher.pattern)) {
			const lower = hit[0].toLowerCase();
			const entry = matcher.byText.get(lower) ?? matcher.byText.get(lower.replace(/e?s$/, ''));
			if (entry) found.add(entry.id);
		}
		return found;
	};
	/** Ids mentioned by the page and by every twin that exists. */
	const termsInTwins = (matchers: Matchers, path: string, doc: DocFile): Set<string> => {
		let allowed = mentioned(matchers, path, doc.locale);
		for (const other of codes.filter((c) => c !== doc.locale)) {
			const twin = doc.twin(other);
			if (!existsSync(twin)) continue;
			const theirs = mentioned(matchers, twin, other);
			allowed = new Set([...allowed].filter((id) => theirs.has(id)));
		}
		return allowed;
	};

	return async (tree: Root, file: VFile) => {
		const doc = docFileOf(file.path);
		if (!doc || /^(glossary|references)$/.test(doc.page)) return;
		const { locale } = doc;
		const matchers = await (loaded ??= load());
		const matcher = matchers.get(locale);
		if (!matcher) return;
		const other = codes.find((c) => c !== locale) ?? locale;
		const linked = new Set<string>();
		const base = options.base.endsWith('/') ? options.base : `${options.base}/`;

		const lookup = (text: string) => {
			const lower = text.toLowerCase();
			return matcher.byText.get(lower) ?? matcher.byText.get(lower.replace(/e?s$/, ''));
		};
		const allowed = termsInTwins(matchers, file.path ?? '', doc);

		const link = (text: string, entry: Entry): Element => ({
			type: 'element',
			tagName: 'a',
			properties: {
				className: ['term'],
				href: `${base}${locale}/glossary/#term-${entry.id}`,
				...termCard(entry, locale, other, options.locales[other] ?? other),
			},
			children: [{ type: 'text', value: text }],
		});

		const splitText = (node: Text): ElementContent[] | undefined => {
			const out: ElementContent[] = [];
			let last = 0;
			matcher.pattern.lastIndex = 0;
			for (const found of node.value.matchAll(matcher.pattern)) {
				const entry = lookup(found[0]);
				if (!entry || linked.has(entry.id) || !allowed.has(entry.id)) continue;
				linked.add(entry.id);
				if (found.index > last)
					out.push({ type: 'text', value: node.value.slice(last, found.index) });
				out.push(link(found[0], entry));
				last = found.index + found[0].length;
			}
			if (!out.length) return undefined;
			if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
			return out;
		};

		const walk = (parent: Root | Element) => {
			for (let i = 0; i < parent.children.length; i++) {
				const child = parent.children[i];
				if (!child) continue;
				if (child.type === 'element') {
					if (!skipTags.has(child.tagName)) walk(child);
				} else if (child.type === 'text') {
					const replaced = splitText(child);
					if (replaced) {
						(parent.children as ElementContent[]).splice(i, 1, ...replaced);
						i += replaced.length - 1;
					}
				}
			}
		};
		walk(tree);
	};
}
