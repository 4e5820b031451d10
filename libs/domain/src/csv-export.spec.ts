import { csvExport } from './csv-export';

describe('CSV export', () => {
  it('writes a header and rows, semicolon-separated with CRLF, quoting separators, quotes and line breaks', () => {
    expect(
      csvExport(
        ['Namn', 'Ort'],
        [
          ['Anna Öberg', 'Växjö'],
          ['Berg; Per', 'Säg "hej"\nnu'],
        ],
      ),
    ).toBe('Namn;Ort\r\nAnna Öberg;Växjö\r\n"Berg; Per";"Säg ""hej""\nnu"\r\n');
  });

  it('neutralises formulas: a cell starting with = + - @ tab or CR gets a leading quote mark and is quoted', () => {
    const names = ['=HYPERLINK("http://x")', '+1', '@SUM(1)', '-2+3', '\t=1', '\r=1', '\uFF1D1+1'];
    expect(
      csvExport(
        ['Namn'],
        names.map((name) => [name]),
      ),
    ).toBe(['Namn', `"'=HYPERLINK(""http://x"")"`, `"'+1"`, `"'@SUM(1)"`, `"'-2+3"`, `"'\t=1"`, `"'\r=1"`, `"'\uFF1D1+1"`, ''].join('\r\n'));
  });

  it('leaves text with such characters later in the cell as it is', () => {
    expect(csvExport(['Namn'], [['Anna-Karin =1']])).toBe('Namn\r\nAnna-Karin =1\r\n');
  });
});
