import { openDatabase } from '@bt/database';
import { employmentDatabase } from '@bt/employment';
import { educationDatabase } from '@bt/education';
import { certificationDatabase } from '@bt/certification';
import { testDatabaseUrl, testEngine, type TestDatabaseUrl } from '@bt/testing';
import { loadSeed, type SubgraphDatabases } from './load-seed';
import { closeSubgraphDatabases } from './open-subgraph-databases';
import { buildSeedData } from './seed-data';

/** Rows per table of every entity of every subgraph, e.g. `employment.trainee: 18`. */
async function rowCounts(databases: SubgraphDatabases): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [subgraph, { dataSource }] of Object.entries(databases)) {
    for (const entity of dataSource.entityMetadatas) counts[`${subgraph}.${entity.tableName}`] = await dataSource.getRepository(entity.target).count();
  }
  return counts;
}

describe(`loading the demo data on ${testEngine()}`, () => {
  const data = buildSeedData();
  const urls: Record<keyof SubgraphDatabases, TestDatabaseUrl> = {
    employment: testDatabaseUrl('employment'),
    education: testDatabaseUrl('education'),
    certification: testDatabaseUrl('certification'),
  };
  let databases: SubgraphDatabases;

  beforeAll(async () => {
    databases = {
      employment: await openDatabase(employmentDatabase, { url: urls.employment.url }),
      education: await openDatabase(educationDatabase, { url: urls.education.url }),
      certification: await openDatabase(certificationDatabase, { url: urls.certification.url }),
    };
  });

  afterAll(async () => {
    await closeSubgraphDatabases(databases);
    await Promise.all(Object.values(urls).map((url) => url.drop()));
  });

  it('puts every row into its own subgraph, and a second run changes no table of any subgraph', async () => {
    const total = await loadSeed(databases, data);
    const first = await rowCounts(databases);
    // one change event per trainee with education rows and the feed's head; one per trainee in employment's feed and its head;
    // employment's data version (trainee-counts.ts); and the demo's flagged sick leave (one trainee, ABS-11)
    const traineesInEducation = new Set([...data.placements, ...data.mainSupervisions].map((row) => row.traineeId)).size;
    expect(first['education.change_event']).toBe(traineesInEducation);
    expect(first['education.change_feed_head']).toBe(1);
    expect(first['employment.change_event']).toBe(data.trainees.length);
    expect(first['employment.change_feed_head']).toBe(1);
    expect(first['employment.trainee_data_version']).toBe(1);
    expect(first['employment.sick_leave_flag']).toBe(1);
    expect(Object.values(first).reduce((sum, n) => sum + n, 0)).toBe(total + traineesInEducation + data.trainees.length + 3 + 1);
    expect(first).toMatchObject({
      'employment.trainee': data.trainees.length,
      'education.placement': data.placements.length,
      'certification.certificate': data.certificates.length,
    });

    await loadSeed(databases, data);
    expect(await rowCounts(databases)).toEqual(first);
  });
});
