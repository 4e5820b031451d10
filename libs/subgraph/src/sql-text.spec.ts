import { containsPattern } from './sql-text';

describe('LIKE patterns', () => {
  it('fold case and escape the wildcards of the text itself', () => {
    expect(containsPattern(' Åberg ')).toBe('%åberg%');
    expect(containsPattern('50%_!')).toBe('%50!%!_!!%');
  });
});
