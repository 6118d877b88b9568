// Inlined into <head> before any CSS paints, so the stored theme applies without a flash.
(() => {
	const root = document.documentElement;
	root.classList.add('js');
	// Long pages skip drawing far blocks (global.css, .cv) and hold their place with estimates;
	// a landing on a place (a #fragment or text fragment, a search highlight, a reload or Back
	// restoring the scroll position) needs the real heights, so everything is drawn at once.
	const nav = performance.getEntriesByType('navigation')[0];
	if (nav && (nav.type !== 'navigate' || /#|highlight=/.test(nav.name)))
		root.classList.add('draw-all');
	let pref = 'auto';
	try {
		const saved = localStorage.getItem('theme');
		if (saved === 'light' || saved === 'dark') pref = saved;
	} catch {}
	root.dataset.themePref = pref;
	if (pref !== 'auto') root.dataset.theme = pref;
})();
