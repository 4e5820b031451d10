import { registerEnumType } from 'type-graphql';
import { PlanCheckSeverity, TrainingPlanAction, TrainingPlanStatus } from '@bt/domain';

registerEnumType(TrainingPlanStatus, {
  name: 'TrainingPlanStatus',
  description: 'EDU-5: utkast eller fastställd av studierektor.',
  valuesConfig: { DRAFT: { description: 'Utkast.' }, CONFIRMED: { description: 'Fastställd.' } },
});
registerEnumType(TrainingPlanAction, { name: 'TrainingPlanAction', description: 'EDU-5: vilken sorts ändring av utbildningsplanen.' });
registerEnumType(PlanCheckSeverity, {
  name: 'PlanCheckSeverity',
  description: 'Hur en kontroll av planen hanteras.',
  valuesConfig: {
    REFUSE: { description: 'Ingen ändring får lämna planen så (nekas).' },
    BLOCKS_CONFIRMATION: { description: 'Tillåtet i ett utkast, men planen kan inte fastställas (föreskrifternas minimum).' },
    NEEDS_REASON: { description: 'En avvikelse (EDU-2): tillåten med ett angivet skäl när planen fastställs.' },
  },
});
