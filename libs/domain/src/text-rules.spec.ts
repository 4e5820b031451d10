import { textFieldProblems } from './text-rules';

const name = (value: string | null) => textFieldProblems('input.givenName', 'Förnamnet', value, { required: true, maxLength: 100 });
const comment = (value: string | null) => textFieldProblems('comment', 'Kommentaren', value, { required: false, maxLength: 2000, multiline: true });
const codes = (problems: { code: string }[]) => problems.map((item) => item.code);

describe('text typed by people', () => {
  it('accepts ordinary names in any script, with diacritics and joiners inside visible text', () => {
    for (const value of ['Åsa Öberg-Ängström', "D'Artagnan", 'محمد', 'Zoë\u200DX', 'Anna Maria']) expect(name(value)).toEqual([]);
  });

  it('is required and within its length, as before', () => {
    expect(codes(name('   '))).toEqual(['TEXT_REQUIRED']);
    expect(codes(name(null))).toEqual(['TEXT_REQUIRED']);
    expect(name('x'.repeat(101))).toEqual([
      { code: 'TEXT_TOO_LONG', field: 'input.givenName', message: 'Förnamnet får vara högst 100 tecken.', params: { maxLength: 100 } },
    ]);
  });

  it('refuses NUL, other C0 and C1 control characters and DEL, naming the field by its label', () => {
    for (const value of ['Anna\u0000', 'An\u0007na', 'Anna\u001B[31m', 'Anna\u007F', 'Anna\u0085', 'Anna\u009B']) {
      expect(name(value)).toEqual([
        {
          code: 'TEXT_CONTROL_CHARACTERS',
          field: 'input.givenName',
          message: 'Förnamnet innehåller osynliga styrtecken (inte heller tabb eller radbrytning); skriv in texten på nytt utan dem.',
        },
      ]);
    }
  });

  it('allows tab and line breaks only in multi-line text', () => {
    expect(codes(name('Anna\nBritt'))).toEqual(['TEXT_CONTROL_CHARACTERS']);
    expect(codes(name('Anna\tBritt'))).toEqual(['TEXT_CONTROL_CHARACTERS']);
    expect(codes(name('Anna\r'))).toEqual(['TEXT_CONTROL_CHARACTERS']);
    expect(comment('Bra intervju.\r\n\tTydliga svar.')).toEqual([]);
    expect(codes(comment('Bra\u0000intervju'))).toEqual(['TEXT_CONTROL_CHARACTERS']);
    expect(comment('Bra\u0000')[0].message).toContain('tabb och radbrytning går bra');
  });

  it('refuses bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)', () => {
    for (const char of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(name(`Anna${char}fdp.exe`)).toEqual([
        {
          code: 'TEXT_BIDI_OVERRIDE',
          field: 'input.givenName',
          message: 'Förnamnet innehåller tecken som vänder textens riktning; skriv in texten på nytt utan dem.',
        },
      ]);
    }
    expect(codes(comment('\u202Etxt.exe'))).toEqual(['TEXT_BIDI_OVERRIDE']);
  });

  it('names both kinds when a text has control characters and direction overrides', () => {
    expect(codes(name('\u0000\u202E'))).toEqual(['TEXT_CONTROL_CHARACTERS', 'TEXT_BIDI_OVERRIDE']);
  });

  it('refuses text of only zero-width characters and spaces, required or not', () => {
    for (const value of ['\u200B', '\u200C\u200D', ' \u200E\u200F ', '\u2060', '\u200B\uFEFF\u00A0']) {
      expect(name(value)).toEqual([
        { code: 'TEXT_INVISIBLE_ONLY', field: 'input.givenName', message: 'Förnamnet består bara av osynliga tecken; skriv en synlig text.' },
      ]);
      expect(codes(comment(value))).toEqual(['TEXT_INVISIBLE_ONLY']);
    }
    expect(comment('   ')).toEqual([]);
  });

  it('never names API arguments or rule ids in its messages', () => {
    const messages = [name('\u0000'), name('\u202E'), name('\u200B')].flat().map((item) => item.message);
    for (const message of messages) expect(message).not.toMatch(/givenName|input\.|TEXT_/);
  });
});
