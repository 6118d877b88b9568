/**
 * Loaded only on a page opened from a search result (`?highlight=term&highlight=…`): marks the
 * matched terms, scrolls to the first one inside the section the result pointed at, and drops the
 * parameter from the address so a reload or a shared link shows the plain page. Escape, or the
 * next navigation (another section of this page, or the browser's back and forward), clears it.
 */
const params = new URLSearchParams(location.search);
const terms = [...new Set(params.getAll('highlight').map((t) => t.trim()))].filter(
	(t) => t.length >= 2
);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const main = document.querySelector<HTMLElement>('main');

/** The section a fragment names: its heading and everything up to the next heading as high. */
function sectionOf(hash: string): Node[] | undefined {
	const heading = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
	const level = heading && /^H([1-6])$/.exec(heading.tagName)?.[1];
	if (!heading || !level) return undefined;
	// A heading with its section link sits in a wrapper (rehype-heading-anchors): the section is
	// the wrapper's siblings, and a following wrapper counts as the heading it holds.
	const start = heading.parentElement?.matches('.heading') ? heading.parentElement : heading;
	const levelOf = (el: Element) =>
		/^H([1-6])$/.exec(
			(el.matches('.heading') ? (el.querySelector('h1, h2, h3, h4, h5, h6') ?? el) : el).tagName
		)?.[1];
	const nodes: Node[] = [start];
	for (let next = start.nextElementSibling; next; next = next.nextElementSibling) {
		const other = levelOf(next);
		if (other && other <= level) break;
		nodes.push(next);
	}
	return nodes;
}

function mark(root: HTMLElement, pattern: RegExp): HTMLElement[] {
	const texts: Text[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('script, style, svg, .term-tip, [data-pagefind-ignore], [hidden]')
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT,
	});
	while (walker.nextNode()) texts.push(walker.currentNode as Text);
	const marks: HTMLElement[] = [];
	for (const text of texts) {
		const value = text.data;
		pattern.lastIndex = 0;
		const found = [...value.matchAll(pattern)];
		if (!found.length) continue;
		const parts: Node[] = [];
		let last = 0;
		for (const match of found) {
			parts.push(document.createTextNode(value.slice(last, match.index)));
			const hit = document.createElement('mark');
			hit.className = 'search-hit';
			hit.textContent = match[0];
			parts.push(hit);
			marks.push(hit);
			last = match.index + match[0].length;
		}
		parts.push(document.createTextNode(value.slice(last)));
		text.replaceWith(...parts);
	}
	return marks;
}

function clear() {
	for (const hit of document.querySelectorAll('mark.search-hit')) {
		const parent = hit.parentNode;
		hit.replaceWith(...hit.childNodes);
		parent?.normalize();
	}
	document.removeEventListener('keydown', onKey);
	removeEventListener('hashchange', clear);
	removeEventListener('popstate', clear);
}
const onKey = (event: KeyboardEvent) => {
	if (event.key === 'Escape') clear();
};

if (main && terms.length) {
	// Longest first, so "event channel" wins over "event"; Latin terms only at word starts.
	const alternatives = terms
		.sort((a, b) => b.length - a.length)
		.map((t) => (/^[\x20-\x7e]+$/.test(t) ? `(?<![A-Za-z0-9_])${escape(t)}` : escape(t)));
	const marks = mark(main, new RegExp(alternatives.join('|'), 'giu'));
	const section = sectionOf(location.hash);
	const first =
		marks.find((hit) => section?.some((node) => node === hit || node.contains(hit))) ?? marks[0];
	first?.scrollIntoView({ block: 'center' });
	const url = new URL(location.href);
	url.searchParams.delete('highlight');
	history.replaceState(history.state, '', url.pathname + url.search + url.hash);
	document.addEventListener('keydown', onKey);
	addEventListener('hashchange', clear);
	addEventListener('popstate', clear);
}

// A module, so its names stay its own.
export {};
