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

  it('runs concurrent transactions one after the other, so none counts rows before another has written its own', async () => {
    const database = await openDatabase({ subgraph: 'probe', entities: [], migrations: [] }, { url: 'sqlite::memory:' });
    try {
      await database.dataSource.query('CREATE TABLE claim (id integer)');
      const claimFirstFree = () =>
        database.dataSource.transaction(async (manager) => {
          const [{ taken }] = await manager.query('SELECT count(*) AS taken FROM claim');
          await new Promise((resolve) => setTimeout(resolve, 5));
          await manager.query('INSERT INTO claim (id) VALUES (?)', [taken + 1]);
        });
      await Promise.all([claimFirstFree(), claimFirstFree(), claimFirstFree()]);
      expect(await database.dataSource.query('SELECT id FROM claim ORDER BY id')).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    } finally {
      await database.close();
    }
  });
});
