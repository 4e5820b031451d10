import { registerEnumType } from 'type-graphql';
import { ApplicationState, FormalRequirement, OfferState, PanelCapacity, RecruitmentRoundState, RecruitmentStage, SylfRequestedBy } from '@bt/domain';

registerEnumType(RecruitmentRoundState, {
  name: 'RecruitmentRoundState',
  description: 'Omgångens läge: utkast, öppen för ansökan, urval, intervjuer, erbjudanden, avslutad (ett steg framåt i taget).',
});
registerEnumType(RecruitmentStage, {
  name: 'RecruitmentStage',
  description: 'Rekryteringens steg; REC-9: varje steg behöver HR, chefsledet och studierektor.',
});
registerEnumType(PanelCapacity, { name: 'PanelCapacity', description: 'Vem en ledamot i rekryteringsgruppen representerar (REC-9).' });
registerEnumType(FormalRequirement, {
  name: 'FormalRequirement',
  description: 'REC-3: BT-kravet enligt HSLF-FS 2021:8, svensk läkarlegitimation, svenska på nivå C1.',
});
registerEnumType(ApplicationState, { name: 'ApplicationState', description: 'Ansökans läge, från mottagen till antagen eller inte vald.' });
registerEnumType(SylfRequestedBy, { name: 'SylfRequestedBy', description: 'REC-10: den sökande önskade SYLF vid intervjun, eller SYLF tog initiativet.' });
registerEnumType(OfferState, { name: 'OfferState', description: 'Erbjudandets läge.' });
