import { openDatabase, type Database } from '@bt/database';
import { Role, ServiceName, serviceViewer, type Viewer } from '@bt/auth';
import { PlacementKind } from '@bt/domain';
import { testDatabaseUrl, testEngine, type TestDatabaseUrl } from '@bt/testing';
import { supervisedTraineeIds, supervisedTraineeIdsAskedBy } from './supervision.service';
import { MainSupervision } from './main-supervision.entity';
import { Placement } from '../placement/placement.entity';
import { educationDatabase } from '../education.database';

const today = '2026-11-22';
const supervisor: Viewer = { id: 'hhl-1', username: 'hhl', name: 'HHL', roles: [Role.MAIN_SUPERVISOR, Role.CLINICAL_SUPERVISOR] };
const placement = (id: string, traineeId: string, clinicalSupervisorId: string, startDate = '2026-10-01', endDate = '2026-12-31') => ({
  id,
  traineeId,
  unitId: 'u',
  kind: PlacementKind.SURGERY,
  startDate,
  endDate,
  clinicalSupervisorId,
});

describe(`whom a supervisor supervises (EDU-7, EDU-8) on ${testEngine()}`, () => {
  let target: TestDatabaseUrl;
  let database: Database;

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
    ]);
  });
  afterAll(async () => {
    await database?.close();
    await target?.drop();
  });

  it('as main supervisor and as clinical supervisor of a placement, each trainee once', async () => {
    expect(await supervisedTraineeIds(database.dataSource, 'hhl-1', today)).toEqual(['t1', 't3']);
    expect(await supervisedTraineeIds(database.dataSource, 'hhl-2', today)).toEqual(['t2', 't4']);
    expect(await supervisedTraineeIds(database.dataSource, 'nobody', today)).toEqual([]);
  });

  it('EDU-9: a clinical supervisor only for a placement current on the day, starting within 28 days or ended at most 28 days ago', async () => {
    expect(await supervisedTraineeIds(database.dataSource, 'hhl-3', today)).toEqual(['t5', 't7']);
    expect(await supervisedTraineeIds(database.dataSource, 'hhl-3', '2026-03-01')).toEqual(['t9']);
  });

  it('ORG-2, EDU-8: a main supervisor keeps their trainees whatever the dates of their placements', async () => {
    expect(await supervisedTraineeIds(database.dataSource, 'hhl-1', '2030-01-01')).toEqual(['t1']);
  });

  it('a supervisor asks about themselves; about someone else: FORBIDDEN, SUPERVISOR_NOT_SELF', async () => {
    expect(await supervisedTraineeIdsAskedBy(database.dataSource, { viewer: supervisor, today }, 'hhl-1')).toEqual(['t1', 't3']);
    await expect(supervisedTraineeIdsAskedBy(database.dataSource, { viewer: supervisor, today }, 'hhl-2')).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN', problems: [{ code: 'SUPERVISOR_NOT_SELF' }] },
    });
  });

  it('a service identity names the person whose scope it works out', async () => {
    const actor = { viewer: serviceViewer(ServiceName.CERTIFICATION), today };
    expect(await supervisedTraineeIdsAskedBy(database.dataSource, actor, 'hhl-2')).toEqual(['t2', 't4']);
  });
});
