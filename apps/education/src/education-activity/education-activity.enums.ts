import { registerEnumType } from 'type-graphql';
import { AttendanceStatus, EducationActivityKind } from '@bt/domain';

registerEnumType(EducationActivityKind, {
  name: 'EducationActivityKind',
  description: 'EDU-4, EDU-6: slag av utbildningsaktivitet.',
  valuesConfig: {
    INTRODUCTION: { description: 'Introduktionen, BT:s fyra första veckor.' },
    AT_BT_TEACHING: { description: 'Den veckovisa AT/BT-undervisningen (cirka 4 timmar).' },
    PRIMARY_CARE_SEMINAR: { description: 'Seminarium i primärvården (onsdagseftermiddag).' },
    COURSE: { description: 'Kurs.' },
    SELF_STUDY: { description: 'Självstudier.' },
  },
});

registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'Närvaro vid en utbildningsaktivitet.',
  valuesConfig: {
    ATTENDED: { description: 'Närvarande.' },
    ABSENT: { description: 'Frånvarande.' },
    EXCUSED: { description: 'Frånvarande med godtaget skäl (jour, semester, sjukdom).' },
  },
});
