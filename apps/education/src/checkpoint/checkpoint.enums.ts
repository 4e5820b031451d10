import { registerEnumType } from 'type-graphql';
import { CheckpointKind, CheckpointStatus } from '@bt/domain';

registerEnumType(CheckpointKind, {
  name: 'CheckpointKind',
  description: 'EDU-8: huvudhandledarens kontrollpunkter.',
  valuesConfig: {
    A: { description: 'När BT-läkaren tillträder: utbildningsplanen och ansvarsfördelningen.' },
    B: { description: 'Under senare delen av varje placering, senast 2–3 veckor före avslut: checklista, bedömningar, återkoppling.' },
    C: { description: 'Inför slutbedömningen: pärmen med samlad dokumentation och intyg.' },
  },
});
registerEnumType(CheckpointStatus, {
  name: 'CheckpointStatus',
  description: 'EDU-8: var en kontrollpunkt står i dag.',
  valuesConfig: {
    UPCOMING: { description: 'Inte aktuell än.' },
    DUE: { description: 'Aktuell nu.' },
    OVERDUE: { description: 'Sista dag har passerat utan registrering.' },
    DONE: { description: 'Registrerad.' },
  },
});
