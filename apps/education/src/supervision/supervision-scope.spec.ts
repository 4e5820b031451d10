import { openDatabase, type Database } from '@bt/database';
import { resolveTraineeScope, Role, type Viewer } from '@bt/auth';
import { PlacementKind } from '@bt/domain';
import { TraineeRowScope } from '@bt/subgraph';
import { testDatabaseUrl, testEngine, type TestDatabaseUrl } from '@bt/testing';
import { MainSupervision } from './main-supervision.entity';
import { EDUCATION_SUPERVISION_TABLES } from '../education.context';
import { Placement } from '../placement/placement.entity';
import { educationDatabase } from '../education.database';

const today = '2026-11-22';
const TRAINEES = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10'];
const placement = (id: string, traineeId: string, clinicalSupervisorId: string, startDate = '2026-10-01', endDate = '2026-12-31') => ({
  id,
  traineeId,
  unitId: 'u',
  kind: PlacementKind.SURGERY,
  startDate,
  endDate,
  clinicalSupervisorId,
});
const supervisorViewer = (id: string): Viewer => ({ id, username: id, name: id, roles: [Role.MAIN_SUPERVISOR, Role.CLINICAL_SUPERVISOR] });

describe(`whom a supervisor supervises (EDU-7, EDU-8), as SQL on the supervision tables, on ${testEngine()}`, () => {
  let target: TestDatabaseUrl;
  let database: Database;
  const rowScope = (supervisorId: string, day = today) =>
    new TraineeRowScope(database.dataSource, EDUCATION_SUPERVISION_TABLES, { all: false, supervisorId }, day);
  /** The trainees a scope reaches, by its single-trainee check and by its EXISTS condition on a list: both must agree. */
  async function supervisedTraineeIds(supervisorId: string, day = today): Promise<string[]> {
    const scope = rowScope(supervisorId, day);
    const bySees = (await scope.visible(TRAINEES, (id) => id)).sort();
    const query = database.dataSource.getRepository(Placement).createQueryBuilder('listed').select('DISTINCT listed.traineeId', 'traineeId');
    scope.restrict(query, 'listed.traineeId');
    const byList = (await query.getRawMany<{ traineeId: string }>()).map((row) => row.traineeId).sort();
    expect(byList).toEqual(bySees);
    return bySees;
  }

  beforeAll(async () => {
    target = testDatabaseUrl('education');
    database = await openDatabase(educationDatabase, { url: target.url });
    await database.dataSource.getRepository(MainSupervision).insert([
      { traineeId: 't1', supervisorId: 'hhl-1', fromDate: '2026-01-01' },
      { traineeId: 't2', supervisorId: 'hhl-2', fromDate: '2026-01-01' },
    ]);
    await database.dataSource.getRepository(Placement).insert([
      placement('p1', 't3', 'hhl-1'),
      placement('p2', 't1', 'hhl-1'),
      placement('p3', 't4', 'hhl-2'),
      // around today (2026-11-22), four weeks either way (CLINICAL_SUPERVISION_WINDOW)
      placement('p4', 't5', 'hhl-3', '2026-12-20', '2027-02-28'), // starts in 28 days: in
      placement('p5', 't6', 'hhl-3', '2026-12-21', '2027-02-28'), // starts in 29 days: not yet
      placement('p6', 't7', 'hhl-3', '2026-08-01', '2026-10-25'), // ended 28 days ago: in (final assessment, EDU-9)
      placement('p7', 't8', 'hhl-3', '2026-08-01', '2026-10-24'), // ended 29 days ago: no longer
      placement('p8', 't9', 'hhl-3', '2026-01-01', '2026-02-28'), // long past: never again
      placement('p9', 't2', 'someone-else', '2025-01-01', '2025-02-28'), // so that every trainee is in the listed table
    ]);
  });
  afterAll(async () => {
    await database?.close();
    await target?.drop();
  });

  it('as main supervisor and as clinical supervisor of a placement, each trainee once', async () => {
    expect(await supervisedTraineeIds('hhl-1')).toEqual(['t1', 't3']);
    expect(await supervisedTraineeIds('hhl-2')).toEqual(['t2', 't4']);
    expect(await supervisedTraineeIds('nobody')).toEqual([]);
  });

  it('EDU-9: a clinical supervisor only for a placement current on the day, starting within 28 days or ended at most 28 days ago', async () => {
    expect(await supervisedTraineeIds('hhl-3')).toEqual(['t5', 't7']);
    expect(await supervisedTraineeIds('hhl-3', '2026-03-01')).toEqual(['t9']);
  });

  it('ORG-2, EDU-8: a main supervisor keeps their trainees whatever the dates of their placements', async () => {
    expect(await supervisedTraineeIds('hhl-1', '2030-01-01')).toEqual(['t1']);
  });

  it('a trainee sees themselves, a supervisor who is also a trainee both, and nobody else anything', async () => {
    const trainee = new TraineeRowScope(database.dataSource, EDUCATION_SUPERVISION_TABLES, { all: false, traineeId: 't9' }, today);
    expect(await trainee.visible(TRAINEES, (id) => id)).toEqual(['t9']);
    const both = new TraineeRowScope(database.dataSource, EDUCATION_SUPERVISION_TABLES, { all: false, traineeId: 't9', supervisorId: 'hhl-1' }, today);
    expect((await both.visible(TRAINEES, (id) => id)).sort()).toEqual(['t1', 't3', 't9']);
    const none = new TraineeRowScope(database.dataSource, EDUCATION_SUPERVISION_TABLES, { all: false }, today);
    expect(await none.visible(TRAINEES, (id) => id)).toEqual([]);
  });

  it('works the scope out from who the viewer is: a supervisor by their person id', async () => {
    const scope = new TraineeRowScope(database.dataSource, EDUCATION_SUPERVISION_TABLES, resolveTraineeScope(supervisorViewer('hhl-2')), today);
    expect((await scope.visible(TRAINEES, (id) => id)).sort()).toEqual(['t2', 't4']);
  });
});
