import { swedishSortKey } from './swedish-sort-key';

const byKey = (names: string[]) => [...names].sort((a, b) => (swedishSortKey(a) < swedishSortKey(b) ? -1 : swedishSortKey(a) > swedishSortKey(b) ? 1 : 0));

describe('swedishSortKey', () => {
  it('puts å, ä, ö after z, in that order', () => {
    expect(byKey(['Åberg', 'Ödman', 'Zetterlund', 'Andersson', 'Ängström'])).toEqual(['Andersson', 'Zetterlund', 'Åberg', 'Ängström', 'Ödman']);
  });

  it('orders Swedish names as Intl.Collator("sv") does, ignoring case and accents other than å, ä, ö', () => {
    const names = [
      'östlund',
      'Öberg',
      'Ahlström',
      'åkesson',
      'Ärlig',
      'éricsson',
      'Eriksson',
      'Müller',
      'Myhr',
      'Muhr',
      'Zorn',
      'Lindqvist',
      'Lindström',
      'Aaltonen',
      'Øster',
    ];
    const swedish = new Intl.Collator('sv', { sensitivity: 'base' });
    expect(byKey(names)).toEqual([...names].sort(swedish.compare));
  });

  it('gives the same key to the same letters whether composed or decomposed, in any case', () => {
    expect(swedishSortKey('Å'.normalize('NFD'))).toBe(swedishSortKey('å'));
    expect(swedishSortKey('ÖDMAN')).toBe(swedishSortKey('ödman'));
  });
});
