import { TRAINING_PLAN_FIELDS } from '../training-plan/training-plan-operations';
import { CHECKPOINT_FIELDS } from '../checkpoints/checkpoint-operations';

/**
 * How each dashboard resource maps onto the graph: operation names, field selections, the sort fields
 * the server accepts, and how a record is turned into mutation input. One place per resource.
 */
export interface ResourceDefinition {
  /** Paged list query: (page, perPage, sortField, sortOrder, filter) → { items, total }. */
  page?: { query: string; filterType: string; sortFields: Record<string, string> };
  /** Small, unpaged list query (reference data). */
  list?: { query: string; idOf?: (node: GraphNode) => string };
  one?: string;
  create?: { mutation: string; inputType: string };
  /** The update mutation: (id, version — the one read, checked against lost writes —, input). */
  update?: { mutation: string; inputType: string };
  delete?: string;
  listFields: string;
  detailFields?: string;
  toInput?: (record: Record<string, unknown>) => Record<string, unknown>;
}

export type GraphNode = Record<string, unknown> & { id?: string };

const siteFields = 'site { id name }';
/** A server notice: code, Swedish message and params, said in the chosen language by noticeText. */
export const NOTICE_FIELDS = 'code message params { name value }';
const traineeListFields = `id version name givenName familyName ${siteFields} cohort { id name } employmentStart employmentEnd
  employmentForm monthsServed active mainSupervisor { id name }
  currentPlacement { id kind startDate endDate unit { id name } } overdueCheckpoints { kind dueBy placement { id kind } }
  goalProgress @include(if: $portfolio) { level goal { id code } }`;

function pick(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, record[key] === '' ? null : (record[key] ?? null)]));
}

export const RESOURCES: Record<string, ResourceDefinition> = {
  cohorts: {
    page: { query: 'cohortPage', filterType: 'CohortFilter', sortFields: { name: 'name', startDate: 'startDate', 'site.name': 'site' } },
    one: 'cohort',
    create: { mutation: 'createCohort', inputType: 'CohortInput' },
    update: { mutation: 'updateCohort', inputType: 'CohortInput' },
    delete: 'deleteCohort',
    listFields: `id version name startDate ${siteFields}`,
    toInput: (record) => pick(record, ['siteId', 'startDate', 'name']),
  },
  trainees: {
    page: {
      query: 'traineePage',
      filterType: 'TraineeFilter',
      sortFields: {
        name: 'name',
        familyName: 'familyName',
        employmentStart: 'employmentStart',
        employmentEnd: 'employmentEnd',
        'site.name': 'site',
        'cohort.name': 'cohort',
      },
    },
    one: 'trainee',
    update: { mutation: 'updateTraineeEmployment', inputType: 'TraineeEmploymentInput' },
    listFields: traineeListFields,
    detailFields: `${traineeListFields} personalIdentityNumber stUnit { id name }
      placements { id kind startDate endDate unit { id name } clinicalSupervisor { id name } }
      goalProgress @include(if: $portfolio) { level note setAt goal { id code title } setBy { id name } }
      certificates { id kind status signatures { capacity signedAt signer { id name } } }
      ${TRAINING_PLAN_FIELDS}
      ${CHECKPOINT_FIELDS}`,
    toInput: (record) =>
      pick(record, ['givenName', 'familyName', 'personalIdentityNumber', 'siteId', 'cohortId', 'employmentStart', 'employmentEnd', 'employmentForm', 'stUnitId']),
  },
  units: {
    page: { query: 'unitPage', filterType: 'UnitFilter', sortFields: { name: 'name', kind: 'kind', 'site.name': 'site' } },
    one: 'unit',
    update: { mutation: 'updateUnit', inputType: 'UnitInput' },
    listFields: `id version name kind regionPart ${siteFields} headOfUnit { id name } btLead { id name }`,
    toInput: (record) => pick(record, ['name', 'siteId', 'kind', 'regionPart', 'headOfUnitId', 'btLeadId']),
  },
  people: {
    page: { query: 'personPage', filterType: 'PersonFilter', sortFields: { name: 'name', username: 'username', title: 'title' } },
    one: 'person',
    update: { mutation: 'updatePerson', inputType: 'PersonInput' },
    listFields: `id version name username title roles directorOfStudiesScope ${siteFields} unit { id name }`,
    detailFields: `id version name username title roles directorOfStudiesScope ${siteFields} unit { id name }
      supervisorQualification { version licensed specialistStatus specialty supervisorTrainingCourse supervisorTrainingDate yearsOfExperience changedAt }`,
    toInput: (record) => pick(record, ['name', 'title', 'roles', 'siteId', 'unitId', 'directorOfStudiesScope']),
  },
  auditEvents: {
    page: { query: 'auditEventPage', filterType: 'AuditEventFilter', sortFields: { occurredAt: 'occurredAt', actorUsername: 'actorUsername', action: 'action' } },
    listFields: 'id occurredAt actorId actorUsername action entityType entityId oldValue newValue requestId clientAddress',
  },
  recruitmentRounds: {
    page: { query: 'recruitmentRoundPage', filterType: 'RecruitmentRoundFilter', sortFields: {} },
    one: 'recruitmentRound',
    create: { mutation: 'createRecruitmentRound', inputType: 'RecruitmentRoundInput' },
    update: { mutation: 'updateRecruitmentRound', inputType: 'RecruitmentRoundInput' },
    listFields: `id version name state advertDate applicationDeadline interviewDays startDate applicationCount warningNotices { ${NOTICE_FIELDS} }
      positions { count site { id name } }`,
    detailFields: `id version name state advertDate applicationDeadline interviewDays startDate applicationCount warningNotices { ${NOTICE_FIELDS} } secondRoundReason
      allowedTransitions positions { count site { id name } }
      panel { id stage capacity person { id name } }
      rubric { id name weight scaleMin scaleMax sortOrder }`,
    toInput: (record) => {
      const positions = (record.positions as { count: number | string; site?: { id: string } }[] | undefined) ?? [];
      return {
        ...pick(record, ['name', 'advertDate', 'applicationDeadline', 'interviewDays', 'secondRoundReason']),
        // none given: the server's default for a new round (REC-2: Växjö 4 + Ljungby 2)
        positions: positions.length ? positions.map((position) => ({ siteId: position.site?.id, count: Number(position.count) })) : null,
      };
    },
  },
  applications: {
    page: { query: 'applicationPage', filterType: 'ApplicationFilter', sortFields: {} },
    one: 'application',
    update: { mutation: 'updateApplication', inputType: 'ApplicationInput' },
    listFields: `id version name state receivedAt eligible ineligibilityNotices { ${NOTICE_FIELDS} } externalId late lateAdmittedAt
      preferredSite { id name } round { id name state } offer { id answerBy state }
      interview { id startsAt }`,
    detailFields: `id version name givenName familyName email phone personalIdentityNumber externalId state receivedAt
      eligible ineligibilityNotices { ${NOTICE_FIELDS} } preferredSite { id name } round { id name state applicationDeadline }
      late lateAdmittedAt lateAdmissionReason lateAdmittedBy { id name }
      requirements { requirement met evidence checkedAt checkedBy { id name } }
      merits { underlakareMonthsSweden underlakareMonthsRegion otherHigherEducation researchMerits doctoralDegree earlierEmploymentInRegion }
      myScoresSubmitted myScores { id value comment criterion { id } }
      aggregate { weightedMean spread scoreCount perCriterion { mean count criterion { id name } } }
      interview { id startsAt endsAt room panel { id name } } invitationSentOn
      sylfAttendance { requestedBy applicantConsent recordedAt recordedBy { id name } }
      criminalRecordCheck { shownOn recordedAt checkedBy { id name } }
      offer { id answerBy state answeredAt site { id name } trainee { id name } }`,
    toInput: (record) => ({
      ...pick(record, ['givenName', 'familyName', 'email', 'phone', 'preferredSiteId']),
      merits: record.merits
        ? pick(record.merits as Record<string, unknown>, [
            'underlakareMonthsSweden',
            'underlakareMonthsRegion',
            'otherHigherEducation',
            'researchMerits',
            'doctoralDegree',
            'earlierEmploymentInRegion',
          ])
        : null,
    }),
  },
  sites: { list: { query: 'sites' }, listFields: 'id name code' },
  goals: { list: { query: 'goals' }, listFields: 'id code title frameworkVersion' },
  siteOverviews: {
    list: { query: 'siteOverviews', idOf: (node) => String((node.site as GraphNode).id) },
    listFields: `${siteFields} activeTrainees cohorts traineesWithoutMainSupervisor placementsStartingWithin30Days`,
  },
};

/** Flat ids next to nested references, so forms and filters can use `siteId`, `cohortId`, … */
export function toRecord(node: GraphNode, idOf?: (node: GraphNode) => string): GraphNode {
  const record: GraphNode = { ...node, id: idOf ? idOf(node) : node.id };
  for (const [key, value] of Object.entries(node)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in value) record[`${key}Id`] = (value as GraphNode).id;
  }
  return record;
}
