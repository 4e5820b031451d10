import { openDatabase } from './open-database';

describe('embedded SQLite', () => {
  it('lower() folds Swedish letters too, as on MySQL, so case-insensitive search finds Åberg', async () => {
    const database = await openDatabase({ subgraph: 'probe', entities: [], migrations: [] }, { url: 'sqlite::memory:' });
    try {
      expect(await database.dataSource.query("SELECT lower('ÅBERG Öberg') AS folded, lower(NULL) AS empty")).toEqual([{ folded: 'åberg öberg', empty: null }]);
    } finally {
      await database.close();
    }
  });
});
