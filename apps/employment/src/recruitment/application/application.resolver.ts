import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { eligibility, FORMAL_REQUIREMENTS, isLateApplication } from '@bt/domain';
import type { Page } from '@bt/subgraph';
import { Application } from './application.entity';
import { RequirementCheck } from './requirement-check.entity';
import { Notice, notice } from '../notice.type';
import { Merits } from './merits.type';
import { meritsOf } from './application-columns';
import { ApplicationPage, ApplicationPageArgs } from './application-page.args';
import { applicationPage } from './application.service';
import { RecruitmentRound } from '../round/recruitment-round.entity';
import { inRoundScope, requestRoundScope } from '../round/round-scope';
import { recruitmentLoaders } from '../recruitment.loaders';
import { Person } from '../../person/person.entity';
import { Site } from '../../site/site.entity';
import { visiblePersonalIdentityNumber } from '../../audit/personal-identity-number';
import type { EmploymentContext } from '../../employment.context';

/** REC-3: one check per formal requirement, in order; an unchecked one with everything but the requirement empty. */
async function requirementChecks(ctx: EmploymentContext, application: Application): Promise<RequirementCheck[]> {
  const checks = await recruitmentLoaders(ctx).checksByApplication.load(application.id);
  return FORMAL_REQUIREMENTS.map(
    (requirement) =>
      checks.find((check) => check.requirement === requirement) ??
      Object.assign(new RequirementCheck(), { applicationId: application.id, requirement, met: null, evidence: null, checkedById: null, checkedAt: null }),
  );
}

@Resolver(() => Application)
export class ApplicationResolver {
  @Authorized(Permission.READ_RECRUITMENT)
  @Query(() => ApplicationPage, {
    description: 'En sida ansökningar i omgångar du får se. sortField: name (efternamn, förnamn), receivedAt, externalId, state; utan sortField: namn.',
  })
  applicationPage(@Args(() => ApplicationPageArgs) args: ApplicationPageArgs, @Ctx() ctx: EmploymentContext): Promise<Page<Application>> {
    return applicationPage(ctx.dataSource, ctx, args);
  }

  @Authorized(Permission.READ_RECRUITMENT)
  @Query(() => Application, { nullable: true, description: 'En ansökan, om du får se dess omgång.' })
  async application(@Arg('id', () => ID) id: string, @Ctx() ctx: EmploymentContext): Promise<Application | undefined> {
    const [application, scope] = await Promise.all([recruitmentLoaders(ctx).application.load(id), requestRoundScope(ctx)]);
    return application && inRoundScope(scope, application.roundId) ? application : undefined;
  }

  @FieldResolver(() => RecruitmentRound)
  round(@Root() application: Application, @Ctx() ctx: EmploymentContext): Promise<RecruitmentRound | undefined> {
    return recruitmentLoaders(ctx).round.load(application.roundId);
  }

  @FieldResolver(() => Boolean, {
    description: 'REC-1: ansökan kom in efter sista ansökningsdag; den är inte med i urvalet förrän AT/BT-chefen tagit med den (lateAdmittedAt).',
  })
  async late(@Root() application: Application, @Ctx() ctx: EmploymentContext): Promise<boolean> {
    const round = await recruitmentLoaders(ctx).round.load(application.roundId);
    return round ? isLateApplication(application.receivedAt, round.applicationDeadline) : false;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'REC-1: vem som tog med en sen ansökan i urvalet.' })
  lateAdmittedBy(@Root() application: Application, @Ctx() { loaders }: EmploymentContext): Promise<Person | undefined> | null {
    return application.lateAdmittedById ? loaders.person.load(application.lateAdmittedById) : null;
  }

  @FieldResolver(() => String, { description: 'Förnamn och efternamn.' })
  name(@Root() application: Application): string {
    return `${application.givenName} ${application.familyName}`;
  }

  @FieldResolver(() => String, {
    description: 'Personnummer ÅÅÅÅMMDD-XXXX, som för BT-läkare: maskerat (ÅÅÅÅMMDD-****) för roller som inte får se det; varje läsning i klartext loggas.',
  })
  personalIdentityNumber(@Root() application: Application, @Ctx() ctx: EmploymentContext): Promise<string> {
    return visiblePersonalIdentityNumber(ctx, { type: 'Application', ...application });
  }

  @FieldResolver(() => Site)
  preferredSite(@Root() application: Application, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(application.preferredSiteId);
  }

  @FieldResolver(() => [RequirementCheck], { description: 'REC-3: en kontroll per formellt krav.' })
  requirements(@Root() application: Application, @Ctx() ctx: EmploymentContext): Promise<RequirementCheck[]> {
    return requirementChecks(ctx, application);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'REC-3: true när alla tre krav är uppfyllda, false när något inte är det; tomt tills alla är kontrollerade.',
  })
  async eligible(@Root() application: Application, @Ctx() ctx: EmploymentContext): Promise<boolean | null> {
    return eligibility(await requirementChecks(ctx, application)).eligible;
  }

  @FieldResolver(() => [String], { description: 'REC-3: skälen, på svenska, när något krav inte är uppfyllt.' })
  async ineligibilityReasons(@Root() application: Application, @Ctx() ctx: EmploymentContext): Promise<string[]> {
    return eligibility(await requirementChecks(ctx, application)).reasons.map((reason) => reason.message);
  }

  @FieldResolver(() => [Notice], { description: 'REC-3: samma skäl som ineligibilityReasons, med kod så att klienten kan skriva dem på sitt språk.' })
  async ineligibilityNotices(@Root() application: Application, @Ctx() ctx: EmploymentContext): Promise<Notice[]> {
    return eligibility(await requirementChecks(ctx, application)).reasons.map(notice);
  }

  @FieldResolver(() => Merits)
  merits(@Root() application: Application): Merits {
    return Object.assign(new Merits(), meritsOf(application));
  }
}
