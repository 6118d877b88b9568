/**
 * The one script every page loads (deferred): the theme select, the phone menu, the language
 * switcher's memory, the section in view, copy buttons and back to top. Everything it enhances
 * works, or is hidden, without it.
 */
import './scroll-frames';

const root = document.documentElement;

// Theme: 'auto' removes data-theme so CSS follows the operating system through color-scheme.
const themeSelects = [...document.querySelectorAll<HTMLSelectElement>('select[data-theme-select]')];
for (const select of themeSelects) {
	// Only when it differs: setting a select's value selects again even when it is unchanged, a few
	// ms of the load in a trace, and most readers keep 'auto', which the HTML already selects.
	const saved = root.dataset['themePref'] ?? 'auto';
	if (select.value !== saved) select.value = saved;
	select.addEventListener('change', () => {
		const pref = select.value;
		root.dataset['themePref'] = pref;
		if (pref === 'light' || pref === 'dark') root.dataset['theme'] = pref;
		else delete root.dataset['theme'];
		try {
			if (pref === 'auto') localStorage.removeItem('theme');
			else localStorage.setItem('theme', pref);
		} catch {}
	});
}

// Language: remember the choice for the root chooser and carry the reader's #fragment across.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
	link.addEventListener('click', () => {
		try {
			localStorage.setItem('lang', link.dataset['langSwitch'] ?? '');
		} catch {}
		if (location.hash) link.hash = location.hash;
	});
}

// The parallel view and the single pages share section ids: links between them keep the place.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-place]')) {
	link.addEventListener('click', () => {
		if (location.hash) link.hash = location.hash;
	});
}

// A jump within the page (contents, citations, back links) must land on real heights, not on
// the estimates of blocks not drawn yet (global.css, .cv): draw them all first; then it can be
// smooth.
addEventListener(
	'click',
	(event) => {
		const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[href*="#"]');
		if (link?.pathname === location.pathname) root.classList.add('draw-all', 'smooth-jumps');
	},
	true
);

// The phone contents bar shows the side column's list: one copy in the HTML, two places to show it.
// Choosing a section closes it; here, not in places.ts, which loads on the first scroll: a reader
// who opened the bar straight after the page loaded was left with the list over the section.
const tocList = document.querySelector('.toc ul');
const tocBar = document.querySelector<HTMLDetailsElement>('.toc-mobile');
if (tocList) tocBar?.append(tocList.cloneNode(true));
tocBar?.addEventListener('click', (event) => {
	if ((event.target as Element).closest('a')) tocBar.open = false;
});

// Places (the section in view, back to top) matter once the reader scrolls (a #fragment on load
// scrolls too), so their code loads then; copy buttons load on the pages with code.
if (document.querySelector('.toc, .toc-mobile'))
	addEventListener('scroll', () => void import('./places'), { once: true, passive: true });
if (document.querySelector('[data-copy] pre')) void import('./code-copy');

// Phone menu: its code loads on the first press of the button.
const menuButton = document.querySelector<HTMLButtonElement>('#menu-button');
menuButton?.addEventListener('click', () => void import('./menu').then((menu) => menu.toggle()));

// Search: the button, Ctrl/Cmd+K and "/" open the dialog. Its code and the Pagefind index load on
// first use only (or when the pointer or focus reaches the button, to be ready by the first
// keystroke), so a page that is just read costs no search JavaScript.
const searchButton = document.querySelector<HTMLElement>('[data-search-open]');
if (searchButton) {
	const ui = () => import('./search-ui');
	const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
	const box = dialog?.querySelector<HTMLInputElement>('#search-input');
	// Enter pressed before the code arrives opens the first result once it does.
	let ready = false;
	let enter = false;
	box?.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' && !ready) enter = true;
	});
	const open = async (trigger: HTMLElement | null) => {
		// Already open (Ctrl K pressed in the box): stay, and keep the place focus returns to.
		if (dialog?.open) return box?.select();
		// The dialog opens at once, before its code arrives, so what the reader types right after
		// Ctrl K lands in the box (the code then searches it) instead of on the page.
		dialog?.showModal();
		box?.focus();
		box?.select();
		const search = await ui();
		ready = true;
		search.openSearch(trigger, enter);
		enter = false;
	};
	const preload = () => void ui().then((search) => search.preloadSearch(true));
	searchButton.addEventListener('pointerenter', preload, { once: true });
	searchButton.addEventListener('focus', preload, { once: true });
	searchButton.addEventListener('click', () => void open(searchButton));
	if (/Mac|iPhone|iPad/.test(navigator.platform)) {
		const key = searchButton.querySelector('[data-search-key]');
		if (key) key.textContent = '⌘K';
	}
	document.addEventListener('keydown', (event) => {
		const target = event.target instanceof Element ? event.target : null;
		const typing = target?.closest('input, textarea, select, [contenteditable]');
		if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
			event.preventDefault();
			void open(document.activeElement as HTMLElement | null);
		} else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
			event.preventDefault();
			void open(document.activeElement as HTMLElement | null);
		}
	});
}

// Arriving from a search result: highlight what matched (the code loads only then).
if (new URLSearchParams(location.search).has('highlight')) void import('./search-highlight');
