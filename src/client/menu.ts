/**
 * The phone menu, loaded by site.ts on the first press of the menu button: the sidebar opens as a
 * panel over the page under the header; the rest is inert and does not scroll, focus cycles
 * between the button and the panel, and Escape, the button or a choice closes it. The header's
 * language and theme controls move into it while it is open, so each exists once in the page.
 */
const root = document.documentElement;
const button = document.querySelector<HTMLButtonElement>('#menu-button');
const sidebar = document.querySelector<HTMLElement>('#sidebar');
const slot = sidebar?.querySelector('[data-menu-tools]');
const tools = [...document.querySelectorAll('.header-tools > :is(.lang-switch, .theme-select)')];
/** Everything but the header's menu button and the panel. */
const outside =
	'body > :not(.site-header, .page, dialog, script), .page > :not(#sidebar), .site-header > :not(.header-tools), .header-tools > :not(#menu-button)';

const isOpen = () => root.classList.contains('menu-open');

function setOpen(open: boolean, refocus = true) {
	if (!button || !sidebar || !slot) return;
	root.classList.toggle('menu-open', open);
	button.setAttribute('aria-expanded', String(open));
	if (open) slot.append(...tools);
	else button.before(...tools);
	for (const element of document.querySelectorAll<HTMLElement>(outside)) element.inert = open;
	if (open) sidebar.querySelector<HTMLElement>('a, select')?.focus();
	else if (refocus) button.focus();
}

export const toggle = () => setOpen(!isOpen());

sidebar?.addEventListener('click', (event) => {
	if (isOpen() && (event.target as Element).closest('a')) setOpen(false, false);
});
document.addEventListener('keydown', (event) => {
	if (!isOpen() || !button || !sidebar || document.querySelector('dialog[open]')) return;
	if (event.key === 'Escape') setOpen(false);
	if (event.key !== 'Tab') return;
	const stops = [button, ...sidebar.querySelectorAll<HTMLElement>('a, select')];
	const [from, to] = event.shiftKey ? [stops[0], stops.at(-1)] : [stops.at(-1), stops[0]];
	if (document.activeElement === from) {
		event.preventDefault();
		to?.focus();
	}
});
matchMedia('(min-width: 50.01rem)').addEventListener(
	'change',
	() => isOpen() && setOpen(false, false)
);
