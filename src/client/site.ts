/**
 * The one script every page loads (deferred): the theme select, the phone menu, and the language
 * switcher's memory. Everything it enhances works, or is hidden, without it.
 */
import './scroll-frames';

const root = document.documentElement;

// Theme: 'auto' removes data-theme so CSS follows the operating system through color-scheme.
// The select appears twice (header and phone menu); both stay in step.
const themeSelects = [...document.querySelectorAll<HTMLSelectElement>('select[data-theme-select]')];
for (const select of themeSelects) {
	select.value = root.dataset['themePref'] ?? 'auto';
	select.addEventListener('change', () => {
		const pref = select.value;
		root.dataset['themePref'] = pref;
		if (pref === 'light' || pref === 'dark') root.dataset['theme'] = pref;
		else delete root.dataset['theme'];
		for (const other of themeSelects) other.value = pref;
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

// Phone menu: the sidebar opens as a full-screen panel; Escape or a second press closes it.
const menuButton = document.querySelector<HTMLButtonElement>('#menu-button');
if (menuButton) {
	const setOpen = (open: boolean) => {
		root.classList.toggle('menu-open', open);
		menuButton.setAttribute('aria-expanded', String(open));
		if (open) document.querySelector<HTMLElement>('#sidebar a')?.focus();
	};
	menuButton.addEventListener('click', () => setOpen(!root.classList.contains('menu-open')));
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && root.classList.contains('menu-open')) {
			setOpen(false);
			menuButton.focus();
		}
	});
	matchMedia('(min-width: 50.01rem)').addEventListener('change', () => setOpen(false));
}

// Search: the button, Ctrl/Cmd+K and "/" open the dialog. Its code and the Pagefind index load on
// first use only (or when the pointer or focus reaches the button, to be ready by the first
// keystroke), so a page that is just read costs no search JavaScript.
const searchButton = document.querySelector<HTMLElement>('[data-search-open]');
if (searchButton) {
	const ui = () => import('./search-ui');
	const open = async (trigger: HTMLElement | null) => (await ui()).openSearch(trigger);
	const preload = () => void ui().then((search) => search.preloadSearch());
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
