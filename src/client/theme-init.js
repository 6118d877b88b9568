// Inlined into <head> before any CSS paints, so the stored theme applies without a flash.
(() => {
	const root = document.documentElement;
	root.classList.add('js');
	let pref = 'auto';
	try {
		const saved = localStorage.getItem('theme');
		if (saved === 'light' || saved === 'dark') pref = saved;
	} catch {}
	root.dataset.themePref = pref;
	if (pref !== 'auto') root.dataset.theme = pref;
})();
