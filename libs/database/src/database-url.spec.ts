import path from 'node:path';
import { dataSourceOptionsFromUrl, databaseUrlVariable, redact, DEFAULT_DATA_DIR } from './database-url';

describe('connection URLs', () => {
  it('falls back to an embedded SQLite file under data/', () => {
    expect(dataSourceOptionsFromUrl('employment', undefined)).toMatchObject({
      engine: 'sqlite',
      database: path.join(DEFAULT_DATA_DIR, 'employment.sqlite'),
    });
    expect(DEFAULT_DATA_DIR.endsWith(`${path.sep}data`)).toBe(true);
  });

  it('reads MySQL/MariaDB URLs with credentials and database', () => {
    expect(dataSourceOptionsFromUrl('education', 'mysql://bt:hemligt@db.local:3307/bt_education')).toMatchObject({
      engine: 'mysql',
      type: 'mysql',
      host: 'db.local',
      port: 3307,
      username: 'bt',
      password: 'hemligt',
      database: 'bt_education',
    });
    expect(dataSourceOptionsFromUrl('education', 'mariadb://root@127.0.0.1/x')).toMatchObject({ engine: 'mysql', type: 'mariadb', port: 3306, password: '' });
  });

  it('rejects unknown engines and missing database names with a message naming the variable', () => {
    expect(() => dataSourceOptionsFromUrl('education', 'postgres://x/y')).toThrow(/EDUCATION_DATABASE_URL.*postgres/);
    expect(() => dataSourceOptionsFromUrl('education', 'mysql://root@localhost')).toThrow(/databasnamn saknas/);
    expect(() => dataSourceOptionsFromUrl('education', 'inte en url')).toThrow(/ingen giltig URL/);
  });

  it('names the variable per subgraph and hides passwords in messages', () => {
    expect(databaseUrlVariable('certification')).toBe('CERTIFICATION_DATABASE_URL');
    expect(redact('mysql://bt:hemligt@db/x')).toBe('mysql://bt:***@db/x');
  });
});
