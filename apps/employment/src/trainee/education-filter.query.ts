import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { addDays, type IsoDate } from '@bt/domain';
import { ReadMainSupervision, ReadPlacement } from '@bt/subgraph';

/** What a list may ask about trainees' placements and main supervisors (education's facts, kept here as a read model). */
export interface EducationCriteria {
  currentUnitId?: string | null;
  mainSupervisorId?: string | null;
  withoutMainSupervisor?: boolean | null;
  placementStartingWithinDays?: number | null;
}

/**
 * Narrows `query` (whose trainee id is `column`) by the criteria, on the read model of education, with
 * no list of ids whatever the number of trainees: a criterion on placements or on a named main
 * supervisor is a semi-join on the few rows its index finds (`IN (SELECT … WHERE unitId/startDate/
 * supervisorId …)`, read once per statement rather than once per trainee), so different placements may
 * meet different criteria; "has a main supervisor" a lookup on the primary key's traineeId per trainee read.
 */
export function whereEducation<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, criteria: EducationCriteria, today: IsoDate): void {
  const placement = (alias: string, condition: string) =>
    `${column} IN ${query.subQuery().select(`${alias}.traineeId`).from(ReadPlacement, alias).where(condition).getQuery()}`;
  const namedMainSupervision = (alias: string, condition: string) =>
    `${column} IN ${query.subQuery().select(`${alias}.traineeId`).from(ReadMainSupervision, alias).where(condition).getQuery()}`;
  // a scalar subquery, not EXISTS: MariaDB turns EXISTS into a semi-join that materialises every main
  // supervision on each statement (300 ms at 100 000 trainees), where this looks up only the rows it reads
  const anyMainSupervision = (alias: string) =>
    `${query.subQuery().select('1').from(ReadMainSupervision, alias).where(`${alias}.traineeId = ${column}`).limit(1).getQuery()}`;
  if (criteria.currentUnitId != null) {
    query.andWhere(
      placement(
        'currentPlacement',
        'currentPlacement.unitId = :currentUnitId AND currentPlacement.startDate <= :educationToday AND currentPlacement.endDate >= :educationToday',
      ),
      {
        currentUnitId: criteria.currentUnitId,
        educationToday: today,
      },
    );
  }
  if (criteria.placementStartingWithinDays != null) {
    query.andWhere(placement('startingPlacement', 'startingPlacement.startDate >= :startingFrom AND startingPlacement.startDate <= :startingUntil'), {
      startingFrom: today,
      startingUntil: addDays(today, criteria.placementStartingWithinDays),
    });
  }
  if (criteria.mainSupervisorId != null) {
    query.andWhere(namedMainSupervision('namedMain', 'namedMain.supervisorId = :mainSupervisorId'), { mainSupervisorId: criteria.mainSupervisorId });
  }
  if (criteria.withoutMainSupervisor != null) query.andWhere(`${anyMainSupervision('anyMain')} IS ${criteria.withoutMainSupervisor ? '' : 'NOT '}NULL`);
}
