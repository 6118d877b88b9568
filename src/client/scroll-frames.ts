/**
 * A diagram wider than the column (on phones) scrolls sideways in its frame. The build makes every
 * frame a tab stop, so keyboard users can scroll it; once a frame is drawn and fits, it stops
 * being one, since a stop that does nothing is noise. Checked whenever a frame changes size
 * (rotation, window resizing); a frame not yet measured keeps its stop, so no scrolling frame is
 * ever unreachable.
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
