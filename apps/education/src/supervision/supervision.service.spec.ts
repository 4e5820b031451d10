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
const placement = (id: string, traineeId: string, clinicalSupervisorId: string) => ({
  id,
  traineeId,
  unitId: 'u',
  kind: PlacementKind.SURGERY,
  startDate: '2026-01-01',
  endDate: '2026-02-28',
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
    await database.dataSource.getRepository(Placement).insert([placement('p1', 't3', 'hhl-1'), placement('p2', 't1', 'hhl-1'), placement('p3', 't4', 'hhl-2')]);
  });
  afterAll(async () => {
    await database?.close();
    await target?.drop();
  });

  it('as main supervisor and as clinical supervisor of a placement, each trainee once', async () => {
    expect(await supervisedTraineeIds(database.dataSource, 'hhl-1')).toEqual(['t1', 't3']);
    expect(await supervisedTraineeIds(database.dataSource, 'hhl-2')).toEqual(['t2', 't4']);
    expect(await supervisedTraineeIds(database.dataSource, 'nobody')).toEqual([]);
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
