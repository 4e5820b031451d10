import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { cohortName, employmentFromOffer, problem, traineeEmploymentProblems, type IsoDate } from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import type { Application } from '../application/application.entity';
import { Cohort } from '../../cohort/cohort.entity';
import { Site } from '../../site/site.entity';
import { Trainee } from '../../trainee/trainee.entity';
import { markTraineesChanged } from '../../trainee/trainee-counts';
import { newTraineeUsername } from '../../trainee/trainee-username';

/**
 * EMP-1: employs an applicant who accepted an offer, in the acceptance's transaction: a trainee at the
 * offer's site in the cohort that starts on the round's start date there (created, named by term, year
 * and site, when missing), 12 months' separate employment, names and personal identity number from the
 * application, and a user name of their own.
 */
export async function employApplicant(manager: EntityManager, application: Application, siteId: string, startDate: IsoDate, today: IsoDate): Promise<Trainee> {
  const { personalIdentityNumber, givenName, familyName } = application;
  const existing = await manager.findOneBy(Trainee, { personalIdentityNumber });
  if (existing) {
    const name = `${existing.givenName} ${existing.familyName}`;
    throw badUserInput([
      problem('ALREADY_A_TRAINEE', `Personnumret tillhör redan BT-läkaren ${name}; kontrollera ansökan innan den antas.`, { rule: 'EMP-1', params: { name } }),
    ]);
  }
  let cohort = await manager.findOneBy(Cohort, { siteId, startDate });
  if (!cohort) {
    const site = await manager.findOneByOrFail(Site, { id: siteId });
    cohort = Object.assign(new Cohort(), { id: randomUUID(), name: cohortName(startDate, site.name), siteId, startDate });
    await manager.insert(Cohort, cohort);
  }
  const employment = employmentFromOffer(startDate);
  const problems = traineeEmploymentProblems({ givenName, familyName, personalIdentityNumber, ...employment }, { today, siteId, cohortSiteId: cohort.siteId });
  if (problems.length > 0) throw badUserInput(problems);
  const trainee = Object.assign(new Trainee(), {
    id: randomUUID(),
    username: await newTraineeUsername(manager, givenName, familyName),
    givenName,
    familyName,
    personalIdentityNumber,
    siteId,
    cohortId: cohort.id,
    ...employment,
  });
  await manager.insert(Trainee, trainee);
  await markTraineesChanged(manager, [trainee.id], today);
  return trainee;
}
