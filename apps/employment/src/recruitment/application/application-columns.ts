import type { ApplicationDraft, MeritsDraft } from '@bt/domain';
import type { Application } from './application.entity';

/** The columns an application's data fill (not its state nor what is recorded about it later: REC-1's admission of a late one, REC-6's invitation). */
type DraftColumns = Omit<
  Application,
  'id' | 'version' | 'roundId' | 'state' | 'lateAdmittedAt' | 'lateAdmittedById' | 'lateAdmissionReason' | 'invitationSentOn'
>;

/** The stored columns of a checked draft: texts trimmed, empty optional texts stored as nothing. */
export function applicationColumns(draft: ApplicationDraft, personalIdentityNumber: string): DraftColumns {
  const optional = (text: string | null | undefined) => text?.trim() || null;
  return {
    externalId: draft.externalId.trim(),
    givenName: draft.givenName.trim(),
    familyName: draft.familyName.trim(),
    email: optional(draft.email),
    phone: optional(draft.phone),
    personalIdentityNumber,
    preferredSiteId: draft.preferredSiteId,
    receivedAt: draft.receivedAt,
    acceptsOtherSite: draft.acceptsOtherSite ?? false,
    underlakareMonthsSweden: draft.merits.underlakareMonthsSweden,
    underlakareMonthsRegion: draft.merits.underlakareMonthsRegion,
    otherHigherEducation: optional(draft.merits.otherHigherEducation),
    researchMerits: optional(draft.merits.researchMerits),
    doctoralDegree: draft.merits.doctoralDegree,
    earlierEmploymentInRegion: optional(draft.merits.earlierEmploymentInRegion),
  };
}

/** REC-5: an application's merits as stated. */
export function meritsOf(application: Application): Required<MeritsDraft> {
  return {
    underlakareMonthsSweden: application.underlakareMonthsSweden,
    underlakareMonthsRegion: application.underlakareMonthsRegion,
    otherHigherEducation: application.otherHigherEducation,
    researchMerits: application.researchMerits,
    doctoralDegree: application.doctoralDegree,
    earlierEmploymentInRegion: application.earlierEmploymentInRegion,
  };
}

/** A stored application as a draft, to compare with an imported row or to change. */
export function draftOf(application: Application): ApplicationDraft {
  return { ...application, merits: meritsOf(application) };
}
