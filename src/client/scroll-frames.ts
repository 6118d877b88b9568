/**
 * A diagram wider than the column (on phones) scrolls sideways in its frame. Such a frame is a tab
 * stop, so keyboard users can scroll it; a frame that fits is not, since a stop that does nothing
 * is noise. Checked whenever a frame changes size (rotation, window resizing), and only once a
 * frame is drawn: frames the browser skips off screen (rendering.css) are checked when they come
 * near. Without JavaScript, Chromium and Firefox make overflowing frames focusable themselves.
 */
const diagramFrames = document.querySelectorAll<HTMLElement>('.diagram-canvas');
if (diagramFrames.length > 0) {
	const observer = new ResizeObserver((entries) => {
		for (const { target } of entries) {
			const frame = target as HTMLElement;
			if (frame.scrollWidth > frame.clientWidth) frame.tabIndex = 0;
			else frame.removeAttribute('tabindex');
		}
	});
	for (const frame of diagramFrames) observer.observe(frame);
}
