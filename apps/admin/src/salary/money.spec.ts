/** @jest-environment node */
import { formatOre, kronorToOre } from './money';

describe('money in öre', () => {
  it('shows kronor in the chosen language', () => {
    expect(formatOre(4_250_000, 'sv-SE').replace(/\s/g, ' ')).toBe('42 500 kr');
    expect(formatOre(4_250_000, 'en-GB').replace(/\s/g, ' ')).toBe('SEK 42,500');
  });

  it('reads typed kronor, refusing what is not a positive amount', () => {
    expect(kronorToOre('42 500')).toBe(4_250_000);
    expect(kronorToOre('42500,50')).toBe(4_250_050);
    expect(kronorToOre('-1')).toBeUndefined();
    expect(kronorToOre('många')).toBeUndefined();
  });
});
