/**
 * Places on a long page, loaded by site.ts on pages with contents once the reader scrolls: "On
 * this page" marks the section in view (and the phone bar names it), back to top, and the
 * language switch carries the section across.
 */
// The section in view is the last heading above the top third of the screen. The
// observer's box reaches far above the viewport, so a heading changes state exactly when it
// crosses that line, however fast the reader scrolls.
const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('.toc a, .toc-mobile a')];
const tocBar = document.querySelector('[data-toc-current]');
const headings = tocLinks.flatMap((link) => document.getElementById(link.hash.slice(1)) ?? []);
const passed = new Set<Element>();
let inView: Element | undefined;
const spy = new IntersectionObserver(
	(entries) => {
		for (const { target, isIntersecting } of entries)
			passed[isIntersecting ? 'add' : 'delete'](target);
		inView = headings.findLast((heading) => passed.has(heading));
		for (const link of tocLinks)
			if (link.hash === `#${inView?.id}`) link.setAttribute('aria-current', 'true');
			else link.removeAttribute('aria-current');
		if (tocBar) {
			tocBar.textContent = inView?.textContent ?? '';
			// The bar's name is its label (drawn by CSS) and the section it shows.
			const summary = tocBar.closest('summary');
			const label = summary?.querySelector<HTMLElement>('[data-label]')?.dataset['label'] ?? '';
			summary?.setAttribute('aria-label', [label, tocBar.textContent].filter(Boolean).join(' · '));
		}
	},
	{ rootMargin: '99999px 0px -67% 0px' }
);
for (const heading of headings) spy.observe(heading);

// Back to top: a corner button once the title has scrolled away.
const toTop = document.querySelector('[data-to-top]');
const title = document.querySelector('h1');
if (toTop && title)
	new IntersectionObserver(([entry]) =>
		toTop.classList.toggle('shown', !entry?.isIntersecting && entry!.boundingClientRect.top < 0)
	).observe(title);

// The language switch and the side-by-side link (after site.ts's own handlers, which keep the
// #fragment) carry the section in view instead when the fragment's target has left the screen:
// twin pages and the parallel view share heading ids.
for (const link of document.querySelectorAll<HTMLAnchorElement>(
	'a[data-lang-switch], a[data-keep-place]'
)) {
	link.addEventListener('click', () => {
		const target = location.hash && document.getElementById(location.hash.slice(1));
		const rect = target && target.getBoundingClientRect();
		if (inView && !(rect && rect.bottom > 0 && rect.top < innerHeight)) link.hash = inView.id;
	});
}

export {};
