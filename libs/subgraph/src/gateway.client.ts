import { GraphQLError } from 'graphql';
import { unavailable, FORBIDDEN, UNAUTHENTICATED, type ServiceTokens } from '@bt/auth';
import type { Role } from '@bt/auth';
import type { EmploymentForm, RegionPart, SiteCode, SpecialistStatus, Specialty, UnitKind } from '@bt/domain';
import type { EducationChange } from './read-model/trainee-education-state';
import type { EmploymentChange } from './read-model/trainee-employment-state';

/** EDU-7, EMP-1: what employment tells education about one supervisor assignment (its query supervisionFacts). */
export interface SupervisionFacts {
  personFound: boolean;
  personRoles: Role[];
  personUnitId: string | null;
  qualification: {
    licensed: boolean;
    specialistStatus: SpecialistStatus | null;
    specialty: Specialty | null;
    supervisorTrainingCourse: string | null;
    supervisorTrainingDate: string | null;
    yearsOfExperience: number | null;
  } | null;
  traineeEmploymentForm: EmploymentForm | null;
  traineeSiteId: string | null;
  appointerUnitId: string | null;
  /** EMP-1: the head of unit of an integrated BT's ST employment. */
  traineeStUnitHeadId: string | null;
}

/** A unit as employment answers education (EDU-2). */
export interface PlacementUnitOfGraph {
  kind: UnitKind;
  siteCode: SiteCode;
  regionPart: RegionPart | null;
}

/** How long a subgraph waits for the gateway before giving up on a call onward. */
const TIMEOUT_MS = 15_000;

/** Answers from the other side that are refusals of this request, passed on as what they are. */
const REFUSALS: readonly string[] = [FORBIDDEN, UNAUTHENTICATED, 'BAD_USER_INPUT'];

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; problems?: unknown } }[];
}

/**
 * Asks other subgraphs, through the gateway, for what this subgraph needs (the change feeds, from which
 * the read models are kept; employment's facts of one supervisor assignment; one unit). It calls as
 * this subgraph's service identity (a short-lived token of its own, README "Tjänsteidentitet mellan delgrafer"), which may read only the
 * fields meant for it. A subgraph never reads another subgraph's tables (ARCHITECTURE.md, Federation).
 *
 * A gateway or subgraph that cannot be reached, times out or fails is UNAVAILABLE, never FORBIDDEN; a
 * refusal from the other side (FORBIDDEN, UNAUTHENTICATED, BAD_USER_INPUT) stays what it is.
 */
export class GatewayClient {
  constructor(
    private readonly gatewayUrl: string,
    private readonly identity: ServiceTokens,
  ) {}

  /** Education's change feed after `position`, at most `first` events, oldest first (README, "Läsmodeller mellan delgrafer"). */
  async educationChanges(after: number, first: number): Promise<EducationChange[]> {
    const data = await this.query<{ educationChanges: EducationChange[] }>(
      'query ($after: Int!, $first: Int!) { educationChanges(after: $after, first: $first) { position createdAt traineeId state } }',
      { after, first },
      'utbildningsdelens ändringar',
    );
    return data.educationChanges;
  }

  /** Employment's change feed after `position`, at most `first` events, oldest first (education's read model of trainees). */
  async employmentChanges(after: number, first: number): Promise<EmploymentChange[]> {
    const data = await this.query<{ employmentChanges: EmploymentChange[] }>(
      'query ($after: Int!, $first: Int!) { employmentChanges(after: $after, first: $first) { position createdAt traineeId state } }',
      { after, first },
      'anställningsdelens ändringar',
    );
    return data.employmentChanges;
  }

  /**
   * EDU-7, EMP-1: from employment, the register entry, roles and unit of ONE person, the employment form
   * and site of ONE trainee, and the unit of the one appointing.
   */
  async supervisionFacts(traineeId: string, personId: string, appointerId: string): Promise<SupervisionFacts> {
    const data = await this.query<{ supervisionFacts: SupervisionFacts }>(
      `query ($traineeId: ID!, $personId: ID!, $appointerId: ID!) { supervisionFacts(traineeId: $traineeId, personId: $personId, appointerId: $appointerId) {
        personFound personRoles personUnitId traineeEmploymentForm traineeSiteId appointerUnitId traineeStUnitHeadId
        qualification { licensed specialistStatus specialty supervisorTrainingCourse supervisorTrainingDate yearsOfExperience } } }`,
      { traineeId, personId, appointerId },
      'handledarens behörighet',
    );
    return data.supervisionFacts;
  }

  /** A cohort's main site (EDU-6: activities planned for a cohort); null when there is no such cohort. */
  async cohortSite(id: string): Promise<{ siteId: string } | null> {
    const data = await this.query<{ cohort: { site: { id: string } } | null }>('query ($id: ID!) { cohort(id: $id) { site { id } } }', { id }, 'kullen');
    return data.cohort && { siteId: data.cohort.site.id };
  }

  /** Whether a main site exists (EDU-4: activities planned for a site's trainees). */
  async siteExists(id: string): Promise<boolean> {
    const data = await this.query<{ sites: { id: string }[] }>('{ sites { id } }', {}, 'huvudorterna');
    return data.sites.some((site) => site.id === id);
  }

  /** One unit's kind, site and part of the region (EDU-2), for a placement at it; null when there is no such unit. */
  async unit(id: string): Promise<PlacementUnitOfGraph | null> {
    const data = await this.query<{ unit: { kind: UnitKind; regionPart: RegionPart | null; site: { code: SiteCode } } | null }>(
      'query ($id: ID!) { unit(id: $id) { kind regionPart site { code } } }',
      { id },
      'enheten',
    );
    return data.unit && { kind: data.unit.kind, regionPart: data.unit.regionPart, siteCode: data.unit.site.code };
  }

  private async query<T>(document: string, variables: Record<string, unknown>, about: string): Promise<T> {
    let body: GraphQLAnswer<T>;
    try {
      const response = await fetch(this.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.identity.token()}` },
        body: JSON.stringify({ query: document, variables }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
      body = (await response.json()) as GraphQLAnswer<T>;
    } catch (error) {
      const cause = (error as Error & { cause?: Error }).cause;
      console.warn(`[gateway ${this.identity.service}] ${about}: ${(error as Error).message}${cause ? ` (${cause.message})` : ''}`);
      throw unavailable(about);
    }
    const refusal = body.errors?.find((error) => REFUSALS.includes(error.extensions?.code ?? ''));
    if (refusal) {
      throw new GraphQLError(`Kunde inte avgöra ${about}: ${refusal.message}`, { extensions: { ...refusal.extensions } });
    }
    if (!body.data || body.errors?.length) {
      console.warn(`[gateway ${this.identity.service}] ${about}: ${body.errors?.[0]?.message ?? 'inget svar'}`);
      throw unavailable(about);
    }
    return body.data;
  }
}
