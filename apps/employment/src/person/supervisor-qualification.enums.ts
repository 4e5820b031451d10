import { registerEnumType } from 'type-graphql';
import { SpecialistStatus, Specialty } from '@bt/domain';

registerEnumType(SpecialistStatus, {
  name: 'SpecialistStatus',
  description: 'Specialist (specialistbevis) eller ST-läkare (EDU-7).',
  valuesConfig: { SPECIALIST: { description: 'Specialist' }, ST_DOCTOR: { description: 'ST-läkare' } },
});
registerEnumType(Specialty, { name: 'Specialty', description: 'Specialitet för en handledare (EDU-7).' });
