import { expect, test } from 'vitest';
import { plainTerm, spellings } from './glossary';

test('a term is found by its plain form, the abbreviation in parentheses and its aliases', () => {
	expect(spellings('Event channel (evtchn)', ['event-channel port'])).toEqual([
		'Event channel',
		'evtchn',
		'event-channel port',
	]);
	expect(spellings('虚拟机监控器（VMM）')).toEqual(['虚拟机监控器', 'VMM']);
	// One-character spellings would match inside every word; repeated ones are listed once.
	expect(spellings('Ring (R)', ['Ring'])).toEqual(['Ring']);
	expect(plainTerm('虚拟机监控器（VMM）')).toBe('虚拟机监控器');
});
