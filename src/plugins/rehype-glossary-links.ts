import { existsSync, readFileSync } from 'node:fs';
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { parse } from 'yaml';

interface Options {
	/** Glossary data file, relative to the project root. */
	file: string;
	/** Locale code → BCP 47 tag. */
	locales: Record<string, string>;
	base: string;
	/** Glossary ids never linked automatically (the site's two subjects would be linked everywhere). */
	skip?: string[];
}

interface Entry {
	id: string;
	term: Record<string, string>;
}

/** `Event channel (evtchn)` → [`Event channel`, `evtchn`]; full-width parentheses too. */
function spellings(term: string): string[] {
	const plain = term.replace(/\s*[（(][^）)]*[）)]\s*/g, ' ').trim();
	const inside = [...term.matchAll(/[（(]([^）)]+)[）)]/g)].map((m) => (m[1] ?? '').trim());
	return [plain, ...inside].filter((s) => s.length >= 2);
}

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
 * Links the first use of each glossary term on a docs page to its glossary entry, with the term in
 * the other language inside the link (shown on hover and keyboard focus by CSS, read by screen
 * readers, and marked with its own `lang`). Authors write nothing: the glossary file is the list.
 * The file is read directly because rehype runs outside the content layer; the content layer still
 * validates it, and this plugin simply links nothing if it cannot parse it.
 *
 * A term is linked only when it occurs in the page's twin as well, so the two languages link the
 * same glossary entries (checked by `npm run check:parity`).
 */
export function rehypeGlossaryLinks(options: Options) {
	let entries: Entry[] = [];
	try {
		entries = (
			parse(readFileSync(new URL(options.file, `file://${process.cwd()}/`), 'utf8')) as Entry[]
		).filter(
			(e) => e && typeof e.id === 'string' && e.term && !(options.skip ?? []).includes(e.id)
		);
	} catch {
		entries = [];
	}
	const codes = Object.keys(options.locales);
	const matchers = new Map<string, { pattern: RegExp; byText: Map<string, Entry> }>();
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

	/** Glossary ids a source file mentions in linkable prose, per locale. */
	const mentioned = (path: string, locale: string): Set<string> => {
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
	const termsInTwins = (path: string, locale: string): Set<string> => {
		let allowed = mentioned(path, locale);
		for (const other of codes.filter((c) => c !== locale)) {
			const twin = path.replace(
				new RegExp(`([\\\\/]docs[\\\\/])${escape(locale)}([\\\\/])`),
				`$1${other}$2`
			);
			if (twin === path || !existsSync(twin)) continue;
			const theirs = mentioned(twin, other);
			allowed = new Set([...allowed].filter((id) => theirs.has(id)));
		}
		return allowed;
	};

	return (tree: Root, file: VFile) => {
		const match = /content[\\/]docs[\\/]([^\\/]+)[\\/](.*)\.mdx$/.exec(file.path ?? '');
		const locale = match?.[1];
		if (!locale || !match?.[2] || /^(glossary|references)$/.test(match[2])) return;
		const matcher = matchers.get(locale);
		if (!matcher) return;
		const others = codes.filter((c) => c !== locale);
		const linked = new Set<string>();
		const base = options.base.endsWith('/') ? options.base : `${options.base}/`;

		const lookup = (text: string) => {
			const lower = text.toLowerCase();
			return matcher.byText.get(lower) ?? matcher.byText.get(lower.replace(/e?s$/, ''));
		};
		const allowed = termsInTwins(file.path ?? '', locale);

		const link = (text: string, entry: Entry): Element => ({
			type: 'element',
			tagName: 'a',
			properties: { className: ['term'], href: `${base}${locale}/glossary/#term-${entry.id}` },
			children: [
				{ type: 'text', value: text },
				...others
					.map((other) => ({ other, value: spellings(entry.term[other] ?? '')[0] ?? '' }))
					// "Dom0" is "Dom0" in both languages: no tip that repeats the link text.
					.filter(({ value }) => value && value.toLowerCase() !== text.toLowerCase())
					.map(({ other, value }): Element => ({
						type: 'element',
						tagName: 'span',
						properties: { className: ['term-tip'], lang: options.locales[other] },
						children: [{ type: 'text', value }],
					})),
			],
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
