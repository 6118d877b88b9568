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
