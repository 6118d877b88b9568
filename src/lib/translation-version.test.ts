import { expect, test } from 'vitest';
import { sourceVersion } from './translation-version';

test('the version is 12 hex characters that ignore line endings and trailing spaces', () => {
	const version = sourceVersion('---\ntitle: A\n---\n\nText.\n');
	expect(version).toMatch(/^[0-9a-f]{12}$/);
	expect(sourceVersion('---\r\ntitle: A  \r\n---\r\n\r\nText.\r\n\r\n')).toBe(version);
});

test('any change to the words changes the version', () => {
	expect(sourceVersion('Text.')).not.toBe(sourceVersion('Text!'));
});

test('the date the facts were checked is not part of the version', () => {
	const page = '---\ntitle: A\norder: 1\n---\n\nText.\n';
	expect(sourceVersion(page.replace('order: 1\n', 'order: 1\nchecked: 2026-12-02\n'))).toBe(
		sourceVersion(page)
	);
	expect(sourceVersion(page.replace('Text.', 'checked: 2026-12-02'))).not.toBe(sourceVersion(page));
});
