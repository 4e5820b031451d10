interface RoundValues {
  advertDate?: string;
  applicationDeadline?: string;
  interviewDays?: (string | null)[];
}

/**
 * The order of the dates, said at the input before anything is sent: the deadline after the advert,
 * each interview day after the deadline and given once. The server checks REC-1/REC-6 regardless and
 * its refusals appear at the input they concern.
 */
export function validateRoundDates(values: RoundValues): Record<string, unknown> {
  const errors: Record<string, unknown> = {};
  const { advertDate, applicationDeadline, interviewDays = [] } = values;
  if (advertDate && applicationDeadline && applicationDeadline <= advertDate) errors.applicationDeadline = 'recruitment.deadline_after_advert';
  const dayError = interviewDays
    .map((day, index) => {
      if (!day) return 'recruitment.interview_day_empty';
      if (applicationDeadline && day <= applicationDeadline) return 'recruitment.interview_after_deadline';
      return interviewDays.indexOf(day) < index ? 'recruitment.interview_day_twice' : undefined;
    })
    .find(Boolean);
  if (interviewDays.length === 0) errors.interviewDays = 'recruitment.interview_days_required';
  else if (dayError) errors.interviewDays = dayError;
  return errors;
}
