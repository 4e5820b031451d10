/** EDU-1, ABS-4: one colour per kind of placement (and for planned vacation), the same on the trainee's timeline and the cohort's block schedule. */
export const KIND_COLOURS: Record<string, string> = {
  INTRODUCTION: '#90caf9',
  INTERNAL_MEDICINE: '#ce93d8',
  SURGERY: '#f48fb1',
  PSYCHIATRY: '#ffcc80',
  PRIMARY_CARE: '#80cbc4',
  VACATION: '#fff59d',
};

/** A kind the dashboard does not know (or not yet: a placement the read model has without its kind). */
export const UNKNOWN_KIND_COLOUR = '#b0bec5';
