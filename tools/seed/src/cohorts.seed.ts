import { Role } from '@bt/auth';
import {
  addDays,
  btStartDate,
  certificateStatus,
  cohortName,
  daysBetween,
  employmentEndDate,
  luhnCheckDigit,
  placementLocation,
  planBtSchedule,
  traineeUsername,
  CertificateKind,
  EmploymentForm,
  GOAL_FRAMEWORK_VERSION,
  SignerCapacity,
  SiteCode,
  UnitKind,
  type IsoDate,
} from '@bt/domain';
import type { Cohort, Person, Trainee } from '@bt/employment';
import type { Goal, GoalProgress, MainSupervision, Placement } from '@bt/education';
import type { Certificate, CertificateSignature } from '@bt/certification';
import { FAMILY_NAMES, GIVEN_NAMES } from './names';
import type { Organisation } from './organisation.seed';
import type { Random } from './random';

export interface CohortData {
  cohorts: Cohort[];
  trainees: Trainee[];
  placements: Placement[];
  mainSupervisions: MainSupervision[];
  goalProgress: GoalProgress[];
  certificates: Certificate[];
  signatures: CertificateSignature[];
}

/** REC-2: positions per year and site (4 Växjö + 2 Ljungby), multiplied by `scale`. */
const POSITIONS: { site: SiteCode; positions: number }[] = [
  { site: SiteCode.VAXJO, positions: 4 },
  { site: SiteCode.LJUNGBY, positions: 2 },
];

function personalIdentityNumber(random: Random): string {
  const year = random.int(1990, 1998);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const nine = `${String(year).slice(2)}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}98${random.int(0, 9)}`;
  return `${year}${nine.slice(2, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

function toTimestamp(date: IsoDate): Date {
  return new Date(`${date}T15:00:00Z`);
}

/**
 * Cohorts for `years` at both sites, each trainee with the EDU-1/EDU-2 schedule, a main supervisor at
 * the vårdcentral where BT starts and ends (EDU-7), goal levels set after each finished placement
 * (EDU-11) and certificates as far as BT has come on `asOf` (CERT-2/3/4).
 */
export function seedCohorts(random: Random, organisation: Organisation, goals: Goal[], years: number[], scale: number, asOf: IsoDate): CohortData {
  const data: CohortData = { cohorts: [], trainees: [], placements: [], mainSupervisions: [], goalProgress: [], certificates: [], signatures: [] };
  const usernames = new Set<string>();
  const director = organisation.people.find((p) => p.roles.includes(Role.DIRECTOR))!;
  const deputy = organisation.people.find((p) => p.roles.includes(Role.DEPUTY_DIRECTOR))!;
  const assessors = organisation.people.filter((p) => p.roles.includes(Role.EXTERNAL_ASSESSOR));
  const site = (code: SiteCode) => organisation.sites.find((s) => s.code === code)!;
  const unitFor = (kind: UnitKind, siteId: string) => organisation.units.find((u) => u.kind === kind && u.siteId === siteId)!;
  let supervisorTurn = 0;

  for (const year of years) {
    const start = btStartDate(year);
    const end = employmentEndDate(start);
    for (const { site: siteCode, positions } of POSITIONS) {
      const cohortSite = site(siteCode);
      const cohort: Cohort = { id: random.uuid(), version: 1, name: cohortName(start, cohortSite.name), siteId: cohortSite.id, startDate: start };
      data.cohorts.push(cohort);
      const vardcentraler = organisation.units.filter((u) => u.kind === UnitKind.PRIMARY_CARE && u.siteId === cohortSite.id);

      for (let index = 0; index < positions * scale; index += 1) {
        const givenName = random.pick(GIVEN_NAMES);
        const familyName = random.pick(FAMILY_NAMES);
        const username = traineeUsername(givenName, familyName, usernames);
        usernames.add(username);
        const trainee: Trainee = {
          id: random.uuid(),
          version: 1,
          username,
          givenName,
          familyName,
          personalIdentityNumber: personalIdentityNumber(random),
          siteId: cohortSite.id,
          cohortId: cohort.id,
          employmentStart: start,
          employmentEnd: end,
          employmentForm: EmploymentForm.SEPARATE,
          stUnitId: null,
        };
        data.trainees.push(trainee);

        const vardcentral = vardcentraler[supervisorTurn % vardcentraler.length];
        const mainSupervisors = organisation.mainSupervisorsByUnit.get(vardcentral.id)!;
        const mainSupervisor = mainSupervisors[Math.floor(supervisorTurn / vardcentraler.length) % mainSupervisors.length];
        supervisorTurn += 1;
        data.mainSupervisions.push({ traineeId: trainee.id, supervisorId: mainSupervisor.id, fromDate: start, version: 1 });

        const finishedPlacementEnds: IsoDate[] = [];
        for (const period of planBtSchedule(start, index)) {
          if (period.kind === 'VACATION') continue;
          const location = placementLocation(period.kind, siteCode);
          const unit = location.unitKind === UnitKind.PRIMARY_CARE ? vardcentral : unitFor(location.unitKind, site(location.site).id);
          const clinicalSupervisor: Person =
            location.unitKind === UnitKind.PRIMARY_CARE ? mainSupervisor : random.pick(organisation.clinicalSupervisorsByUnit.get(unit.id)!);
          data.placements.push({
            id: random.uuid(),
            traineeId: trainee.id,
            unitId: unit.id,
            kind: period.kind,
            startDate: period.startDate,
            endDate: period.endDate,
            clinicalSupervisorId: clinicalSupervisor.id,
          });
          if (period.endDate < asOf) finishedPlacementEnds.push(period.endDate);
        }

        // EDU-11: after each finished placement the main supervisor sets a level per goal
        const fraction = Math.min(1, Math.max(0, daysBetween(start, asOf) / daysBetween(start, end)));
        const lastFinished = finishedPlacementEnds.at(-1);
        if (lastFinished && finishedPlacementEnds.length > 1) {
          for (const goal of goals) {
            const level = Math.max(0, Math.min(5, Math.round(fraction * 5 + random.next() * 1.2 - 0.6)));
            data.goalProgress.push({
              id: random.uuid(),
              traineeId: trainee.id,
              goalId: goal.id,
              level: fraction >= 1 ? Math.max(level, 4) : level,
              note: level >= 4 ? 'Uppnått enligt bedömningar och placeringssamtal.' : null,
              setById: mainSupervisor.id,
              setAt: toTimestamp(lastFinished),
            });
          }
        }

        const headOfProgramme = siteCode === SiteCode.LJUNGBY ? deputy : director;
        const certificate = (kind: CertificateKind, created: IsoDate, signers: [SignerCapacity, Person, IsoDate][]) => {
          const id = random.uuid();
          data.certificates.push({
            id,
            traineeId: trainee.id,
            kind,
            status: certificateStatus(
              kind,
              signers.map(([capacity]) => capacity),
            ),
            goalFrameworkVersion: GOAL_FRAMEWORK_VERSION,
            createdAt: toTimestamp(created),
          });
          for (const [capacity, signer, signedOn] of signers) {
            data.signatures.push({ id: random.uuid(), certificateId: id, signerId: signer.id, capacity, signedAt: toTimestamp(signedOn) });
          }
        };
        const lastWeek = addDays(end, -7);
        if (end < asOf) {
          // BT completed: all three certificates signed (CERT-2, CERT-3, CERT-4; assessment in the last week, CERT-6)
          certificate(CertificateKind.GOALS, addDays(end, -21), [[SignerCapacity.MAIN_SUPERVISOR, mainSupervisor, addDays(end, -14)]]);
          certificate(CertificateKind.BASIC_COMPETENCE, lastWeek, [
            [SignerCapacity.MAIN_SUPERVISOR, mainSupervisor, lastWeek],
            [SignerCapacity.EXTERNAL_ASSESSOR, assessors[index % assessors.length], addDays(lastWeek, 2)],
          ]);
          certificate(CertificateKind.COMPLETED_SERVICE, end, [[SignerCapacity.HEAD_OF_PROGRAMME, headOfProgramme, end]]);
        } else if (daysBetween(asOf, end) <= 90 && start < asOf) {
          // the last three months: the main supervisor has started the goals certificate
          certificate(CertificateKind.GOALS, addDays(asOf, -7), []);
        }
      }
    }
  }
  return data;
}
