import { Like, type EntityManager } from 'typeorm';
import { traineeUsername, usernameFor } from '@bt/domain';
import { Trainee } from './trainee.entity';

/** A new trainee's user name (bt-given.family, numbered when taken), in the transaction that inserts the trainee. */
export async function newTraineeUsername(manager: EntityManager, givenName: string, familyName: string): Promise<string> {
  const taken = await manager.find(Trainee, { select: { username: true }, where: { username: Like(`bt-${usernameFor(givenName, familyName)}%`) } });
  return traineeUsername(givenName, familyName, new Set(taken.map((t) => t.username)));
}
