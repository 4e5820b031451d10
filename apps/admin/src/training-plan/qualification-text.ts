import { useTranslate } from 'react-admin';
import { useIsoDateText } from '../common/iso-date-field';
import type { SupervisorQualification } from './training-plan-operations';

/**
 * EDU-7: a person's entry in the supervisor register in one line ("Specialist · Allmänmedicin ·
 * handledarutbildning 2019-03-15 (LEK-kurs) · 14 års erfarenhet"), what choosing a supervisor turns on.
 */
export function useQualificationText(): (qualification: SupervisorQualification | null | undefined) => string {
  const translate = useTranslate();
  const date = useIsoDateText();
  return (qualification) => {
    if (!qualification) return translate('supervisors.not_registered');
    const { licensed, specialistStatus, specialty, supervisorTrainingCourse, supervisorTrainingDate, yearsOfExperience } = qualification;
    return [
      !licensed && translate('supervisors.not_licensed'),
      specialistStatus ? translate(`specialistStatuses.${specialistStatus}`) : translate('supervisors.no_specialist_status'),
      specialty && translate(`specialties.${specialty}`),
      supervisorTrainingDate
        ? `${translate('supervisors.training', { date: date(supervisorTrainingDate) })}${supervisorTrainingCourse ? ` (${supervisorTrainingCourse})` : ''}`
        : translate('supervisors.no_training'),
      yearsOfExperience !== null && translate('supervisors.years', { years: yearsOfExperience }),
    ]
      .filter(Boolean)
      .join(' · ');
  };
}
