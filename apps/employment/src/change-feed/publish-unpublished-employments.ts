import type { DataSource } from 'typeorm';
import type { IsoDate } from '@bt/domain';
import { unpublishedTraineeIds } from '@bt/subgraph';
import { Trainee } from '../trainee/trainee.entity';
import { markTraineesChanged } from '../trainee/trainee-counts';

/** Trainees published per transaction. */
const PUBLISH_BATCH = 2000;

/**
 * Publishes the employment of every trainee that has no event in employment's change feed yet, as on
 * `today`: trainees loaded in bulk (the demo data) reach education's read model like any other change
 * (markTraineesChanged), and education drafts their plans. Running it again publishes nothing, but
 * still marks the trainees changed once (counts kept by a running service are counted again). Returns
 * how many trainees it published.
 */
export async function publishUnpublishedEmployments(dataSource: DataSource, today: IsoDate): Promise<number> {
  const traineeIds = (await unpublishedTraineeIds(dataSource, Trainee, 'id')).sort();
  let i = 0;
  do {
    const batch = traineeIds.slice(i, i + PUBLISH_BATCH);
    await dataSource.transaction((manager) => markTraineesChanged(manager, batch, today));
    i += PUBLISH_BATCH;
  } while (i < traineeIds.length);
  return traineeIds.length;
}
