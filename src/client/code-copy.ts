/**
 * Loaded by site.ts on pages with code blocks: a copy button on each, announced through one live
 * region. Where the clipboard is refused, the code is selected for the reader to copy.
 */
const prose = document.querySelector<HTMLElement>('[data-copy]');
if (prose) {
	const [copy = '', name = '', copied = ''] = (prose.dataset['copy'] ?? '').split('|');
	const status = document.createElement('p');
	status.className = 'sr-only';
	status.setAttribute('role', 'status');
	document.body.append(status);
	for (const pre of prose.querySelectorAll('pre')) {
		const box = document.createElement('div');
		const button = document.createElement('button');
		box.className = 'code-block';
		button.className = 'code-copy';
		button.type = 'button';
		button.textContent = copy;
		button.setAttribute('aria-label', name);
		pre.replaceWith(box);
		box.append(button, pre);
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(pre.textContent ?? '');
			} catch {
				getSelection()?.selectAllChildren(pre);
				return;
			}
			button.textContent = status.textContent = copied;
			setTimeout(() => (button.textContent = copy), 2000);
			setTimeout(() => (status.textContent = ''), 5000);
		});
	}
}

export {};
