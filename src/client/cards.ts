/**
 * Glossary cards: a linked term (rehype-glossary-links.ts, Term.astro) opens a small card on mouse
 * hover, keyboard focus or a first tap (a second tap follows the link), with the term in both
 * languages, the definition's first sentence and a link to the entry, all read from the link's data
 * attributes. One card serves the page: a popover moved to just after its term, so Tab reaches its
 * link next and CSS anchors it to the term (global.css). Without JavaScript a term is a plain link.
 * Kept small on purpose: it runs on every page (JS budget, tools/checks/budgets.ts).
 */
const card = document.createElement('span');
card.id = card.className = 'term-card';
card.popover = 'manual';
card.innerHTML = '<a></a><span></span><span></span>';
const [link, other, definition] = card.children as unknown as [
	HTMLAnchorElement,
	HTMLElement,
	HTMLElement,
];
let current: HTMLAnchorElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

const hide = () => {
	clearTimeout(timer);
	current?.removeAttribute('aria-describedby');
	if (current) card.hidePopover();
	current = undefined;
};
const show = (term: HTMLAnchorElement) => {
	clearTimeout(timer);
	if (term === current) return;
	hide();
	// Every term link carries all four (checked by tools/checks/reading.ts).
	const data = term.dataset as Record<'term' | 'other' | 'lang' | 'def', string>;
	link.href = term.href;
	link.textContent = data.term;
	other.lang = data.lang;
	other.textContent = data.other;
	definition.textContent = data.def;
	term.after(card);
	term.setAttribute('aria-describedby', card.id);
	card.showPopover();
	current = term;
};
const termOf = (event: Event) =>
	(event.target as Element).closest?.<HTMLAnchorElement>('a[data-term]');
const inCard = (event: Event) => card.contains(event.target as Node);
const on = <K extends keyof DocumentEventMap>(
	type: K,
	listener: (event: DocumentEventMap[K], term: HTMLAnchorElement | null | undefined) => void
) => document.addEventListener(type, (event) => listener(event, termOf(event)));

on('pointerover', (event, term) => {
	if (event.pointerType === 'mouse' && term) show(term);
	else if (inCard(event)) clearTimeout(timer);
});
// Leaving anything closes the card soon, unless the pointer comes back to the term or the card.
on('pointerout', (event) => {
	if (event.pointerType === 'mouse') timer = setTimeout(hide, 300);
});
// Keyboard focus only: a tap focuses the link too, and the tap itself decides (below).
on('focusin', (event, term) => {
	if (term?.matches(':focus-visible')) show(term);
	else if (!inCard(event)) hide();
});
on('click', (event, term) => {
	if (term && (event as PointerEvent).pointerType === 'touch' && term !== current) {
		event.preventDefault();
		show(term);
	} else if (!term && !inCard(event)) hide();
});
on('keydown', (event) => {
	if (event.key !== 'Escape') return;
	// Focus inside the card would be lost with it: it goes back to the term.
	if (card.contains(document.activeElement)) current?.focus();
	hide();
});
