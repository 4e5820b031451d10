import { registerEnumType } from 'type-graphql';
import { AbsenceDecisionRoute, AbsenceKind, AbsenceStatus } from '@bt/domain';

registerEnumType(AbsenceKind, {
  name: 'AbsenceKind',
  description:
    'Typ av frånvaro: semester, jourkompledighet, sjukfrånvaro, vård av sjukt barn (VAB), föräldraledighet, tjänstledighet, forskningsledighet, extern kurs.',
});
registerEnumType(AbsenceStatus, {
  name: 'AbsenceStatus',
  description: 'Ansökt (APPLIED), beviljad (APPROVED), avslagen (REFUSED) eller återtagen (WITHDRAWN).',
});
registerEnumType(AbsenceDecisionRoute, {
  name: 'AbsenceDecisionRoute',
  description:
    'ABS-3, ABS-9, ABS-12: vem som beslutar: verksamhetschefen på den aktuella enheten (HEAD_OF_UNIT), verksamhetschefen i vårdvalet via HR/lön (PAYROLL_FOR_HEAD_OF_UNIT) eller AT/BT-chefen individuellt (DIRECTOR); IMPORTED: beviljad i lönesystemet och importerad därifrån.',
});
