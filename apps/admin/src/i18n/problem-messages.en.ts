/**
 * The server's refusals in English, by problem code (`extensions.problems[].code`); Swedish shows the
 * server's own message. `%{name}` takes the problem's `params` (only language-neutral ones: numbers,
 * dates, names); a text naming a param the problem lacks gives way to a general sentence. One line per
 * code, grouped by area: a test lists every code the backend can produce that has no line here. Say
 * what happened and what to do; never name rule ids or API arguments.
 */
export const problemMessagesEn: Record<string, string> = {
  // sign-in, permissions, services
  NOT_SIGNED_IN: 'You are not signed in. Sign in and try again.',
  NOT_PERMITTED: 'Your role does not allow this.',
  SITE_NOT_IN_SCOPE: 'You decide only for your own main site; the AT/BT director decides for the other one.',
  TRAINEE_NOT_IN_SCOPE: 'You can only see the BT doctors you are responsible for.',
  SUPERVISOR_NOT_SELF: 'You can only see which BT doctors you supervise yourself.',
  SERVICE_UNAVAILABLE: 'A service this needs is not answering right now. Try again in a moment.',
  CHANGED_MEANWHILE: 'Someone else changed this at the same time. Reload it and try again.',
  STALE_VERSION: 'Someone else changed this while you were editing. Reload the page; what you typed is kept.',

  // input in general
  INVALID_DATE: '"%{value}" is not a valid date: write YYYY-MM-DD.',
  DATE_INVALID: '"%{value}" is not a valid date: write YYYY-MM-DD.',
  TIME_INVALID: '"%{value}" is not a valid time: write HH:MM, e.g. 08:30.',
  TEXT_REQUIRED: 'This cannot be empty.',
  TEXT_TOO_LONG: 'This can be at most %{maxLength} characters.',
  NOT_FOUND: 'What was chosen no longer exists. Choose another one.',
  FILTER_EMPTY: 'Give at least one condition in the filter.',
  PAGE_OUT_OF_RANGE: 'The page number must be %{min} or more.',
  PAGE_SIZE_OUT_OF_RANGE: 'Rows per page must be between %{min} and %{max}.',
  DAYS_AHEAD_OUT_OF_RANGE: 'Days ahead must be between %{min} and %{max}.',
  UNKNOWN_SORT_FIELD: 'The list cannot be sorted by this column. Choose another column to sort by.',

  // organisation and staff
  REGION_PART_REQUIRED: 'A primary care centre belongs to a part of the region: east or west.',
  REGION_PART_NOT_ALLOWED: 'Only primary care centres have a part of the region: leave it empty.',
  ROLE_REQUIRED: 'Choose at least one role.',
  TRAINEE_ROLE_NOT_ALLOWED: 'Staff cannot have the BT doctor role; BT doctors are added as BT doctors.',
  DIRECTOR_OF_STUDIES_SCOPE_REQUIRED: 'A BT director of studies needs an area of responsibility: choose one.',
  DIRECTOR_OF_STUDIES_SCOPE_NOT_ALLOWED: 'Only a BT director of studies has an area of responsibility: leave it empty.',
  UNIT_AT_OTHER_SITE: "The unit belongs to another main site than the person's. Choose a unit at the person's main site.",
  PERSON_LACKS_ROLE: '%{name} does not have the role this needs. Choose a person with that role.',

  // cohorts and employment
  COHORT_HAS_TRAINEES: 'The cohort has %{traineeCount} BT doctors. Move them to another cohort first.',
  COHORT_AT_OTHER_SITE: "The cohort belongs to another main site than the BT doctor's. Choose a cohort at the same main site.",
  EMPLOYMENT_END_BEFORE_START: 'The employment must end after it starts.',
  EMPLOYMENT_TOO_SHORT: 'A separate BT employment lasts 12 months and must run until at least %{earliestEnd}; it can be extended but not shortened.',
  PERSONAL_IDENTITY_NUMBER_FORMAT: 'Write the personal identity number as YYYYMMDD-XXXX.',
  PERSONAL_IDENTITY_NUMBER_CHECKSUM: 'The check digit of the personal identity number is wrong.',
  PERSONAL_IDENTITY_NUMBER_DATE: 'The date part of the personal identity number is not a valid date.',
  PERSONAL_IDENTITY_NUMBER_IN_FUTURE: 'The date of birth in the personal identity number lies in the future.',
  PERSONAL_IDENTITY_NUMBER_INVALID: 'The personal identity number is not valid. Check it and try again.',
  PERSONAL_IDENTITY_NUMBER_TAKEN: 'The personal identity number belongs to another BT doctor. Check it.',

  // salaries
  SALARY_YEAR_OUT_OF_RANGE: 'The year must be between %{min} and %{max}.',
  SALARY_NOT_POSITIVE: 'The monthly salary must be a positive amount.',
  SALARY_RANGE_REVERSED: 'The lowest monthly salary cannot be higher than the highest: swap them or change one of them.',
  SALARY_AFTER_EMPLOYMENT: 'Valid from %{validFrom} is after the employment ends (%{employmentEnd}): choose a date within the employment.',

  // goal frameworks
  FRAMEWORK_VERSION_MISSING: 'Give the version of the goal framework, e.g. "HSLF-FS 2021:8".',
  FRAMEWORK_VERSION_TOO_LONG: 'The version can be at most %{max} characters.',
  FRAMEWORK_VERSION_PUBLISHED: 'Version "%{version}" is already published; a revision is published as a new version.',
  FRAMEWORK_WITHOUT_GOALS: 'The goal framework needs at least one goal.',
  GOAL_CODE_INVALID: 'Goal %{position}: the code "%{code}" must be letters followed by a number, e.g. BT1.',
  GOAL_CODE_REPEATED: 'Goal %{position}: the code %{code} appears more than once.',
  GOAL_TITLE_MISSING: 'Goal %{position}: give a title.',
  GOAL_TITLE_TOO_LONG: 'Goal %{position}: the title can be at most %{max} characters.',
  WITHOUT_MAIN_SUPERVISOR_NOT_KNOWN: 'BT doctors without a main supervisor cannot be found this way; list all BT doctors instead.',

  // recruitment rounds
  DEADLINE_NOT_AFTER_ADVERT: 'The application deadline must be after the advert date.',
  DEADLINE_NOT_3_TO_4_WEEKS_AFTER_ADVERT:
    'The application deadline (%{applicationDeadline}) is %{days} days after the advert (%{advertDate}); the guideline is 3–4 weeks (21–28 days).',
  ADVERT_NOT_IN_AUTUMN:
    'Recruitment takes place in the autumn term, ahead of the start in week 3 of the spring term; the advert (%{advertDate}) is in the spring.',
  INTERVIEW_DAY_COUNT: 'Interviews are held over two or three days; give two or three interview days.',
  INTERVIEW_DAY_REPEATED: 'Give each interview day only once.',
  INTERVIEW_DAY_BEFORE_DEADLINE: 'The interview days must be after the application deadline (%{deadline}).',
  INTERVIEW_DAY_TOO_LATE: 'The first interview day must be at most a week after the application deadline, that is %{latest} at the latest.',
  INTERVIEW_DAY_AFTER_START: 'The interview days must be before BT starts on %{start}.',
  NO_POSITIONS: 'The round needs at least one position, e.g. 4 in Växjö and 2 in Ljungby.',
  POSITION_SITE_REPEATED: 'Give each main site only once among the positions.',
  POSITION_COUNT_INVALID: 'The number of positions must be a whole number from 0 to %{max}.',
  ROUND_NOT_EDITABLE: 'The round can only be changed as a draft or while it is open for applications.',
  ROUND_CLOSED: 'The round is closed and can no longer be changed.',
  ROUND_ALREADY_IN_STATE: 'The round is already in that state.',
  ROUND_CANNOT_GO_BACK: 'A round never goes back to an earlier state.',
  ROUND_ONE_STEP_AT_A_TIME: 'A round moves one step at a time: move it to the next state first.',
  PANEL_INCOMPLETE: 'Every stage needs someone for HR, management and the directors of studies; add them to the recruitment panel.',
  PANEL_STAGE_UNCOVERED: 'Without this person a stage would lack HR, management or a director of studies. Add a replacement first.',
  PANEL_CAPACITY_NOT_HELD: 'The person has no role that can represent this part of the panel.',
  PANEL_SEAT_TAKEN: 'The person already sits in this stage for this part of the panel.',
  OFFERS_PENDING: '%{pending} offer(s) are waiting for an answer; record the answers or mark expired offers before closing the round.',
  ROUND_NOT_IN_SCOPE: 'You are not on the recruitment panel of this round.',

  // rubric and scoring
  RUBRIC_EMPTY: 'The rubric needs at least one criterion.',
  RUBRIC_TOO_LARGE: 'The rubric can have at most %{max} criteria.',
  RUBRIC_LOCKED: 'The rubric can only be changed before the round reaches interviews.',
  RUBRIC_SCALES_DIFFER: 'All criteria need the same scale so that their means can be compared.',
  CRITERION_NAME_REPEATED: 'The name "%{name}" is already in the rubric.',
  CRITERION_WEIGHT_INVALID: 'The weight must be above 0 and at most %{max}, e.g. 0.4 for 40 %.',
  CRITERION_SCALE_INVALID: 'The scale must be whole numbers from %{floor} to %{ceiling}, the lowest below the highest.',
  ROUND_NOT_IN_INTERVIEWS: 'Scores are set and changed while the round is in interviews.',
  SCORE_OUT_OF_SCALE: 'The score for %{criterion} must be a whole number from %{scaleMin} to %{scaleMax}.',
  SCORES_MISSING: 'Score %{criteria} before you submit your assessment.',
  NOT_ON_INTERVIEW_PANEL: 'Only members of the interview stage set and submit scores.',
  RANKING_NOT_YET_VISIBLE: 'The ranking is shown when the interviews are over, so that the panel assesses independently.',

  // applications and the import
  EMAIL_INVALID: '"%{value}" does not look like an e-mail address.',
  PHONE_INVALID: '"%{value}" should be digits, preferably with the area code, e.g. 070-123 45 67.',
  MERIT_MONTHS_INVALID: 'Give whole months from 0 to %{max}.',
  MERIT_REGION_MONTHS_ABOVE_SWEDEN: 'Months in the region cannot be more than the months in Sweden (%{sweden}); the region is in Sweden.',
  APPLICANT_ALREADY_IN_ROUND: 'The personal identity number is already in another application in this round.',
  APPLICATION_ACCEPTED: 'The applicant has accepted and is employed; change the details on the BT doctor instead.',
  APPLICATION_CHANGED_IN_FILE: 'Application %{externalId} already exists with other details; change it in the system instead of importing it again.',
  ROUND_NOT_OPEN_FOR_IMPORT: 'Applications are imported while the round is open for applications or in screening; open the round first.',
  REQUIREMENTS_AFTER_OFFER: 'The application has already had an offer; the formal requirements can no longer be changed.',
  CSV_EMPTY: 'The file is empty; the first line should be the column headings.',
  CSV_QUOTE_NOT_CLOSED: 'A quotation mark (") is opened but never closed; check the line.',
  CSV_HEADER_EXPECTED: 'The heading line should have the columns (separated by semicolons): %{columns}.',
  CSV_UNKNOWN_COLUMN: 'The file has a column the import does not know; check the heading line.',
  CSV_COLUMN_MISSING: 'A column is missing; check the heading line.',
  CSV_COLUMN_REPEATED: 'A column appears more than once.',
  CSV_FIELD_COUNT: 'The line has %{fields} fields but the heading line %{columns}; check semicolons and quotation marks.',
  CSV_YES_NO_INVALID: 'Doctoral degree should be yes or no, not "%{value}".',
  SITE_UNKNOWN: 'The preferred main site "%{value}" does not exist.',

  // interviews and SYLF
  SLOT_MINUTES_OUT_OF_RANGE: 'Interviews last %{min}–%{max} minutes, not %{value}.',
  SLOT_DOES_NOT_FIT_DAY: 'No interview of %{slotMinutes} minutes fits between %{dayStart} and %{dayEnd}.',
  SLOT_TAKEN: 'The time is already booked for another applicant; choose a free time.',
  ROUND_PAST_INTERVIEWS: 'Interview times are set before the round reaches offers.',
  ROUND_NOT_BOOKING_INTERVIEWS: 'Interviews are booked while the round is open, in screening or in interviews.',
  APPLICATION_NOT_ELIGIBLE: 'Only applications that meet the formal requirements and have not been interviewed are invited to interview.',
  APPLICANT_NOT_INVITED: 'The applicant is not invited to interview; book an interview time first.',
  SYLF_CONSENT_REQUIRED: 'When SYLF asks, a representative takes part only if the applicant agrees; ask the applicant and record the consent.',
  SYLF_APPLICANT_REQUEST_IS_CONSENT: 'The applicant asked for SYLF at the interview and so has consented; mark the consent.',

  // offers
  CRIMINAL_RECORD_SHOWN_IN_FUTURE: 'The day the extract was shown cannot be after today (%{today}).',
  CRIMINAL_RECORD_NOT_CHECKED: 'A criminal records extract must have been shown before the offer. Record that it was shown first.',
  APPLICATION_NOT_IN_RUNNING: 'Only eligible applicants without an offer are considered here.',
  ROUND_NOT_IN_OFFERS: 'Offers are made while the round is in the offers state.',
  APPLICATION_ALREADY_OFFERED: 'The applicant has already had an offer in this round.',
  APPLICATION_NOT_INTERVIEWED: 'Offers go to eligible applicants who have been interviewed and assessed.',
  OFFER_ANSWER_BY_OUT_OF_RANGE: 'The applicant has at most a week to answer: the answer date must be between %{earliest} and %{latest}.',
  NO_FREE_POSITION: 'All %{positions} positions at %{site} are offered or filled.',
  OFFER_ALREADY_ANSWERED: 'The offer has already been answered or has expired.',
  OFFER_ANSWER_TIME_PASSED: 'The time to answer ran out on %{answerBy}. Mark the offer as expired and offer the next on the reserve list.',
  ALREADY_A_TRAINEE: 'The personal identity number already belongs to the BT doctor %{name}; check the application before accepting.',
};
