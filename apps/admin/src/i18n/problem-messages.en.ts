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
  ACCESS_CHANGED: 'Your access has changed or your account no longer exists. Sign in again.',
  NOT_PERMITTED: 'Your role does not allow this.',
  SITE_NOT_IN_SCOPE: 'You decide only for your own main site; the AT/BT director decides for the other one.',
  TRAINEE_NOT_IN_SCOPE: 'You can only see the BT doctors you are responsible for.',
  SUPERVISOR_NOT_SELF: 'You can only see which BT doctors you supervise yourself.',
  SERVICE_UNAVAILABLE: 'A service this needs is not answering right now. Try again in a moment.',
  CHANGED_MEANWHILE: 'Someone else changed this at the same time. Reload it and try again.',
  STALE_VERSION: 'Someone else changed this while you were editing. Reload the page; what you typed is kept.',

  // limits on one request (the gateway)
  QUERY_TOO_DEEP: 'The query goes too many levels deep (at most %{limit}). Fetch the inner part in a query of its own.',
  QUERY_TOO_MANY_ALIASES: 'The query asks for the same field under too many names (at most %{limit}). Split it into several queries.',
  QUERY_TOO_MANY_TOKENS: 'The query is too long (at most %{limit} parts). Split it into several queries.',
  QUERY_TOO_MANY_DIRECTIVES: 'The query has too many conditions on its fields (at most %{limit}). Split it into several queries.',
  QUERY_TOO_COSTLY: 'The query asks for too much at once (estimated cost at most %{limit}). Ask for fewer fields or levels.',
  QUERY_TOO_MANY_ROWS: 'The query asks for too many rows at once (at most %{limit}). Ask for fewer rows per page or fewer lists within lists.',
  REQUEST_TOO_LARGE: 'The request is too large (at most %{limit} bytes). Send less at a time.',
  RESPONSE_TOO_LARGE: 'The answer became too large (at most %{limit} bytes). Ask for fewer rows or fields at a time.',
  TOO_MANY_REQUESTS: 'Too many requests in a short time. Try again in %{retryAfterSeconds} seconds.',

  // input in general
  INVALID_DATE: '"%{value}" is not a valid date: write YYYY-MM-DD.',
  DATE_INVALID: '"%{value}" is not a valid date: write YYYY-MM-DD.',
  TIME_INVALID: '"%{value}" is not a valid time: write HH:MM, e.g. 08:30.',
  TEXT_REQUIRED: 'This cannot be empty.',
  TEXT_TOO_LONG: 'This can be at most %{maxLength} characters.',
  TEXT_CONTROL_CHARACTERS: 'The text contains invisible control characters; type it again without them.',
  TEXT_BIDI_OVERRIDE: 'The text contains characters that reverse its direction; type it again without them.',
  TEXT_INVISIBLE_ONLY: 'The text consists only of invisible characters; write a visible text.',
  FEED_POSITION_INVALID: 'The position must be a whole number, 0 or more.',
  FEED_PAGE_SIZE_OUT_OF_RANGE: 'The number of changes per page must be between 1 and %{limit}.',
  FILTER_TEXT_TOO_LONG: 'The search text can be at most %{maxLength} characters; shorten it.',
  TOO_MANY_IDS: 'At most %{max} records can be fetched at once (%{count} were asked for).',
  NOT_FOUND: 'What was chosen no longer exists. Choose another one.',
  PAGE_OUT_OF_RANGE: 'The page number must be %{min} or more.',
  PAGE_SIZE_OUT_OF_RANGE: 'Rows per page must be between %{min} and %{max}.',
  LIST_SIZE_OUT_OF_RANGE: 'A list in the answer can have between %{min} and %{max} rows. Fetch more page by page.',
  MONTHS_OUT_OF_RANGE: 'Choose between %{min} and %{max} months.',
  DAYS_AHEAD_OUT_OF_RANGE: 'Days ahead must be between %{min} and %{max}.',
  UNKNOWN_SORT_FIELD: 'The list cannot be sorted by this column. Choose another column to sort by.',

  // organisation and staff
  REGION_PART_REQUIRED: 'A primary care centre belongs to a part of the region: east or west.',
  REGION_PART_NOT_ALLOWED: 'Only primary care centres have a part of the region: leave it empty.',
  ROLE_REQUIRED: 'Choose at least one role.',
  OWN_ROLES_UNCHANGEABLE: 'You cannot change your own roles. Ask the AT/BT director to make the change.',
  ROLE_GRANT_NOT_PERMITTED: 'Only the AT/BT director can grant or remove management roles, HR coordinator and administrative support.',
  TRAINEE_ROLE_NOT_ALLOWED: 'Staff cannot have the BT doctor role; BT doctors are added as BT doctors.',
  DIRECTOR_OF_STUDIES_SCOPE_REQUIRED: 'A BT director of studies needs an area of responsibility: choose one.',
  DIRECTOR_OF_STUDIES_SCOPE_NOT_ALLOWED: 'Only a BT director of studies has an area of responsibility: leave it empty.',
  UNIT_AT_OTHER_SITE: "The unit belongs to another main site than the person's. Choose a unit at the person's main site.",
  PERSON_LACKS_ROLE: '%{name} does not have the role this needs. Choose a person with that role.',

  // cohorts and employment
  COHORT_HAS_TRAINEES: 'The cohort has %{traineeCount} BT doctors. Move them to another cohort first.',
  COHORT_AT_OTHER_SITE: "The cohort belongs to another main site than the BT doctor's. Choose a cohort at the same main site.",
  ST_UNIT_REQUIRED: 'BT within specialist training: choose the unit of the specialist training employment; its head of unit appoints the main supervisor.',
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

  // recruitment rounds
  DEADLINE_NOT_AFTER_ADVERT: 'The application deadline must be after the advert date.',
  DEADLINE_NOT_3_TO_4_WEEKS_AFTER_ADVERT:
    'The application deadline (%{applicationDeadline}) is %{days} days after the advert (%{advertDate}); the guideline is 3–4 weeks (21–28 days).',
  ADVERT_NOT_IN_AUTUMN:
    'Recruitment takes place in the autumn term, ahead of the start in week 3 of the spring term; the advert (%{advertDate}) is in the spring.',
  INTERVIEW_DAY_COUNT: 'Interviews are held over two or three days; give two or three interview days.',
  INTERVIEW_DAY_REPEATED: 'Give each interview day only once.',
  INTERVIEW_DAY_BEFORE_DEADLINE: 'The interview days must be after the application deadline (%{deadline}).',
  INTERVIEW_DAY_AFTER_START: 'The interview days must be before BT starts on %{start}.',
  NO_POSITIONS: 'The round needs at least one position, e.g. 4 in Växjö and 2 in Ljungby.',
  POSITION_SITE_REPEATED: 'Give each main site only once among the positions.',
  POSITION_COUNT_INVALID: 'The number of positions must be a whole number from 0 to %{max}.',
  ROUND_NOT_EDITABLE: 'The round can only be changed as a draft or while it is open for applications.',
  ROUND_CLOSED: 'The round is closed and can no longer be changed.',
  ROUND_ALREADY_IN_STATE: 'The round is already in that state.',
  ROUND_CANNOT_GO_BACK: 'A round never goes back to an earlier state.',
  ROUND_BEFORE_DEADLINE: 'The round can move to interviews only after the application deadline (%{applicationDeadline}); today is %{today}.',
  ROUND_BEFORE_LAST_INTERVIEW_DAY: 'The round can move to offers only once the last interview day (%{lastDay}) has begun; today is %{today}.',
  ROUND_ONE_STEP_AT_A_TIME: 'A round moves one step at a time: move it to the next state first.',
  PANEL_INCOMPLETE: 'Every stage needs someone for HR, management and the directors of studies; add them to the recruitment panel.',
  PANEL_STAGE_LACKS: 'The stage the round is in lacks HR, management or a director of studies; the aim is all three at every stage of recruitment.',
  PANEL_STAGE_UNCOVERED: 'Without this person a stage would lack HR, management or a director of studies. Add a replacement first.',
  PANEL_CAPACITY_NOT_HELD: 'The person has no role that can represent this part of the panel.',
  PANEL_SEAT_TAKEN: 'The person already sits in this stage for this part of the panel.',
  OFFERS_PENDING: '%{pending} offer(s) are waiting for an answer; record the answers or mark expired offers before closing the round.',
  ROUND_NOT_IN_SCOPE: 'You are not on the recruitment panel of this round.',
  ROUND_FOR_START_TERM_EXISTS:
    'There is already a round for the BT start on %{startDate} (%{rounds}); recruitment takes place once a year. A second round needs the AT/BT director’s reason.',
  SECOND_ROUND_NEEDS_DIRECTOR: 'There is already a round for the BT start on %{startDate} (%{rounds}); only the AT/BT director can create a second round.',

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
  SCORES_ALREADY_SUBMITTED: 'You have submitted your scores for this application; they can only be changed if the programme director reopens your assessment.',
  SCORES_NOT_SUBMITTED: 'The member has not submitted any scores for this application, so there is nothing to reopen.',
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
  APPLICATION_LATE:
    'The application arrived on %{receivedAt}, after the application deadline %{applicationDeadline}. It is marked late and kept out of screening until the AT/BT director admits it.',
  APPLICATION_DATED_BEFORE_ADVERT:
    'The application is dated %{receivedAt}, more than %{days} days before the advert (%{advertDate}). Check the date and that it belongs to this round.',
  APPLICATION_LATE_NOT_ADMITTED:
    'The application arrived after the application deadline (%{applicationDeadline}) and is not in screening. The AT/BT director can admit it, with a reason.',
  APPLICATION_NOT_LATE: 'The application arrived in time and is already in screening.',
  LATE_APPLICATION_ALREADY_ADMITTED: 'The late application has already been admitted into screening.',
  ROUND_NOT_OPEN_FOR_IMPORT: 'Applications are imported while the round is open for applications or in screening; open the round first.',
  REQUIREMENTS_AFTER_OFFER: 'The application has already had an offer; the formal requirements can no longer be changed.',
  IMPORT_TOO_LARGE: 'The file is too large; it can be at most %{maxMegabytes} MB. Split it into several files.',
  IMPORT_TOO_MANY_ROWS: 'The file has %{rows} lines; at most %{max} can be imported at once. Split it into several files.',
  IMPORT_IN_PROGRESS:
    'An import into this round is already running. Wait until it is done, then import the file again; applications already there stay unchanged.',
  IMPORT_COLLISION:
    'Some of the applications in the file were saved by someone else at the same time, so nothing of the file was saved. Import the file again.',
  CSV_EMPTY: 'The file is empty; the first line should be the column headings.',
  CSV_QUOTE_NOT_CLOSED: 'A quotation mark (") is opened but never closed; check the line.',
  CSV_QUOTE_MISPLACED: 'A quotation mark (") stands inside a quoted field; write it twice ("") or remove it.',
  CSV_FILE_XLSX:
    'The file is an Excel workbook (.xlsx), not a CSV file. Open it in Excel, choose Save As with the file format CSV UTF-8 (comma delimited), and import the new file.',
  CSV_FILE_XLS:
    'The file is an older Excel workbook (.xls), not a CSV file. Open it in Excel, choose Save As with the file format CSV UTF-8 (comma delimited), and import the new file.',
  CSV_FILE_UTF16:
    'The file is saved as Unicode text (UTF-16), which the import does not read. Save the file as CSV UTF-8 (comma delimited) in Excel and try again.',
  CSV_FILE_BINARY: 'The file is not a text file, so not a CSV file. Save the file as CSV UTF-8 (comma delimited) in Excel and try again.',
  CSV_FILE_ENCODING_UNKNOWN:
    "The file's character encoding is not recognised (neither UTF-8 nor Windows-1252). Save the file as CSV UTF-8 (comma delimited) in Excel and try again.",
  CSV_TAB_SEPARATED: 'The file is tab-separated (Text or Unicode Text in Excel). Save the file as CSV UTF-8 (comma delimited) in Excel and try again.',
  CSV_HEADER_EXPECTED: 'The heading line should have the columns (separated by semicolons or commas): %{columns}.',
  CSV_UNKNOWN_COLUMN: 'The file has a column the import does not know; check the heading line.',
  CSV_COLUMN_MISSING: 'A column is missing; check the heading line.',
  CSV_COLUMN_REPEATED: 'A column appears more than once.',
  CSV_FIELD_COUNT: 'The line has %{fields} fields but the heading line %{columns}; check the separators and quotation marks.',
  CSV_YES_NO_INVALID: 'The column takes yes or no ("ja" or "nej"), not "%{value}".',
  SITE_UNKNOWN: 'The preferred main site "%{value}" does not exist.',

  // interviews and SYLF
  SLOT_MINUTES_OUT_OF_RANGE: 'Interviews last %{min}–%{max} minutes, not %{value}.',
  SLOT_DOES_NOT_FIT_DAY: 'No interview of %{slotMinutes} minutes fits between %{dayStart} and %{dayEnd}.',
  LUNCH_MINUTES_OUT_OF_RANGE: 'The lunch break lasts %{min}–%{max} minutes, not %{value}.',
  LUNCH_START_MISSING: 'Give the time the lunch break starts, e.g. 12:00, or set its length to 0.',
  LUNCH_OUTSIDE_DAY: 'The lunch break %{lunchStart}–%{lunchEnd} must lie within the day %{dayStart}–%{dayEnd}.',
  SLOT_DAYS_MISSING: "Choose at least one of the round's interview days.",
  SLOT_DAY_NOT_INTERVIEW_DAY: "%{day} is not one of the round's interview days (%{interviewDays}); choose one of them or change the round's interview days.",
  ROOM_MISSING: 'Give the room where the interviews are held, e.g. "Meeting room 3, Växjö".',
  ROOM_TOO_LONG: "The room's name may be at most %{max} characters.",
  SLOT_PANEL_MISSING: 'Choose who on the interview panel sits in on the interviews.',
  SLOT_PANEL_NOT_INTERVIEW_PANEL: "%{count} of those chosen are not on the round's interview panel; add them to the recruitment panel for interviews first.",
  SLOT_ROOM_OVERLAP: '%{count} time(s) overlap times already in %{room} (first %{first}); choose another room or other times, or remove the free times first.',
  SLOT_BOOKED: 'The time %{time} is booked; move the interview to another time before removing the time.',
  CALENDAR_NOT_OWN: 'You can only fetch your own interview calendar.',
  SLOT_TAKEN: 'The time is already booked for another applicant; choose a free time.',
  SLOT_IN_PAST: 'The time %{day} %{time} has already passed; choose an interview time to come.',
  INVITATION_SENT_IN_FUTURE: 'The day the invitations were sent cannot be after today (%{today}).',
  INVITATION_WITHOUT_INTERVIEW: '%{count} of the applications have no interview time booked; book a time before recording the invitation.',
  INVITATION_LATE:
    '%{count} interview invitation(s) were sent later than a week after the application deadline (%{applicationDeadline}); the guideline is %{latest} at the latest.',
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

  // shown beside the ranking and on an application (not refusals)
  TIE_BREAK:
    'Highest weighted mean (two decimals) first. On a tie: the most months as junior doctor in the region, then the earliest received application, then the lowest application number.',
  TIE_BREAK_BY_CRITERION:
    'Highest weighted mean (two decimals) first. On a tie: the highest mean on %{criterion} (the most heavily weighted criterion), then the most months as junior doctor in the region, then the earliest received application, then the lowest application number.',
  BT_REQUIREMENT_NOT_MET: 'Not covered by the BT requirement of HSLF-FS 2021:8.',
  LICENCE_MISSING: 'Has no Swedish medical licence.',
  SWEDISH_C1_MISSING: 'Has no Swedish at level C1.',

  // supervisors (EDU-7, ORG-2, EMP-1)
  SPECIALTY_WITHOUT_STATUS: 'Give both whether the person is a specialist or an ST doctor and in which specialty, or neither.',
  SUPERVISOR_TRAINING_IN_FUTURE: 'The supervisor training cannot have been completed after today (%{today}). Give the day the course ended.',
  SUPERVISOR_TRAINING_COURSE_MISSING: 'Name the supervisor training (e.g. LEK course) completed on that day.',
  EXPERIENCE_OUT_OF_RANGE: 'Years of experience must be a whole number from 0 to 60.',
  SUPERVISOR_NOT_REGISTERED: 'The person is not in the supervisor register. Record licence, specialty and supervisor training first.',
  SUPERVISOR_NOT_LICENSED: 'A supervisor must be a licensed physician. Choose a licensed physician.',
  SUPERVISOR_NOT_SPECIALIST_OR_ST: 'A supervisor must be a specialist or an ST doctor. Choose a specialist or an ST doctor.',
  SUPERVISOR_OTHER_SPECIALTY: "The supervisor is not a specialist or ST doctor in the placement's specialty.",
  SUPERVISOR_WITHOUT_TRAINING: 'The supervisor has no recorded supervisor training (LEK course or equivalent).',
  SUPERVISOR_LITTLE_EXPERIENCE: 'The supervisor has less than %{minimum} years of experience as a physician.',
  CLINICAL_SUPERVISOR_AT_OTHER_UNIT: "The clinical supervisor does not work at the placement's unit; a supervisor should follow the BT doctor on site.",
  MAIN_SUPERVISOR_NOT_SPECIALIST: 'The main supervisor must be a specialist. Choose a specialist physician.',
  MAIN_SUPERVISOR_NOT_GENERAL_PRACTICE: 'In the region the main supervisor is a specialist in general practice; the chosen person is not.',
  MAIN_SUPERVISOR_NOT_AT_BT_UNIT:
    'In the region the main supervisor works at the health centre where the BT doctor starts and ends BT; the chosen person does not.',
  MAIN_SUPERVISOR_NOT_CLINICAL_SUPERVISOR:
    'In the region the main supervisor is also the clinical supervisor during the primary care placement; another person is clinical supervisor there.',
  MAIN_SUPERVISOR_APPOINTED_BY_PROGRAMME:
    'The BT doctor has separate BT: the main supervisor is appointed by the AT/BT organisation (the AT/BT director or a director of studies).',
  MAIN_SUPERVISOR_APPOINTED_BY_HEAD_OF_UNIT: 'The BT doctor has integrated BT: the main supervisor is appointed by the head of unit of the ST employment.',
  SUPERVISOR_LACKS_ROLE: 'The person does not have the supervisor role this needs. Give the person the role first, or choose another person.',
  UNIT_NOT_IN_SCOPE: 'You appoint clinical supervisors only for placements at your own unit.',
  // training plans
  TRAINING_PLAN_MISSING: 'The BT doctor has no training plan yet. Create a draft from the template first.',
  TRAINING_PLAN_EXISTS: 'The BT doctor already has a training plan. Change it instead of creating a new one.',
  TRAINING_PLAN_TEMPLATE_MISSING: "The region has no training plan template for the BT doctor's main site. Ask the administrator to add the template.",
  PLAN_PERIOD_ENDS_BEFORE_START: 'A period ends on %{endDate}, before it starts on %{startDate}. Give an end date after the start date.',
  PLAN_PERIOD_OUTSIDE_EMPLOYMENT:
    'The period %{startDate}–%{endDate} lies outside the employment %{employmentStart}–%{employmentEnd}. Move it within the employment, or change the employment dates first.',
  PLAN_PERIODS_OVERLAP: 'The periods %{firstStart}–%{firstEnd} and %{secondStart}–%{secondEnd} overlap. Shorten or move one so that they share no day.',
  PLAN_GAP: 'The plan has a gap %{from}–%{to} without a placement or planned vacation. Fill the gap, or give the reason when confirming the plan.',
  PLAN_NOT_COVERING_EMPLOYMENT:
    'The plan does not cover the whole employment %{employmentStart}–%{employmentEnd}. Plan placements from the first to the last day, or give the reason when confirming the plan.',
  PLAN_PRIMARY_CARE_TOO_SHORT:
    'The plan has %{months} months of primary care; the regulations require at least %{minimum}. Lengthen or add a primary care placement.',
  PLAN_ACUTE_CARE_TOO_SHORT:
    'The plan has %{months} months of acute care (internal medicine and surgery); the regulations require at least %{minimum}. Lengthen or add such a placement.',
  PLAN_CLINICAL_SERVICE_TOO_SHORT: 'The plan has %{months} months of clinical service; at least %{minimum} are required. Add or lengthen placements.',
  PLAN_SUMMER_VACATION_MISSING:
    'The plan has no four consecutive weeks of vacation in the summer of %{year}. Plan the vacation, or give the reason when confirming the plan.',
  PLAN_DEVIATION_REASON_MISSING: 'The plan deviates from the template (see the checks). Write the reason for the deviation and confirm again.',
  PLACEMENT_UNIT_KIND_MISMATCH: "The unit does not suit a placement of this kind. Choose a unit of the right kind, or change the placement's kind.",
  PLACEMENT_DEVIATION_REASON_MISSING:
    "The unit deviates from the region's template for the BT doctor's main site. Write the reason for the deviation and save again.",
  VACATION_ENDS_BEFORE_START: 'The vacation ends on %{endDate}, before its first day %{startDate}. Give a last day that is not before the first day.',
  VACATION_OUTSIDE_EMPLOYMENT:
    'The vacation %{startDate}–%{endDate} lies outside the employment %{employmentStart}–%{employmentEnd}. Plan the vacation within the employment.',
  VACATION_OVERLAPS_VACATION:
    'The vacation %{startDate}–%{endDate} overlaps the vacation %{otherStart}–%{otherEnd} already planned. Choose days that are not vacation already.',
  SPLIT_DATE_OUTSIDE_PLACEMENT: 'The day %{at} is not within the placement %{startDate}–%{endDate} after its first day. Choose a day within the placement.',

  // education activities (EDU-4, EDU-6)
  ACTIVITY_ENDS_BEFORE_START: 'The activity must end after it starts (%{startTime}–%{endTime}). Change the end time.',
  ACTIVITY_GOAL_UNKNOWN: 'The goals %{codes} are not in the goal framework in force. Choose goals from the list.',
  ACTIVITY_RANGE_REVERSED: 'The end date cannot be before the start date.',
  ACTIVITY_RANGE_TOO_LONG: 'Show at most %{maxDays} days at a time.',
  ACTIVITY_AUDIENCE_INVALID: 'Choose either a main site (and, if you like, one of its cohorts) or one BT doctor.',
  ACTIVITY_COHORT_OF_OTHER_SITE: 'The cohort belongs to the other main site. Choose a cohort of the same main site.',
  ACTIVITY_HAS_ATTENDANCE: 'Attendance has been recorded for the activity, so it cannot be deleted. Change it instead.',
  ATTENDANCE_ENTRIES_OUT_OF_RANGE: 'Record attendance for 1–%{max} BT doctors at a time.',
  ATTENDANCE_TRAINEE_NOT_INVITED: 'The BT doctor is not one of those the activity is for.',
  SEMINAR_NOT_WEDNESDAY_AFTERNOON: 'The primary care seminars are held on Wednesday afternoons; check the day and time (%{date} %{startTime}).',
  INTRODUCTION_OUTSIDE_FIRST_WEEKS: 'The introduction belongs to the first four weeks of BT (%{btStart}–%{lastDay}); this one is on %{date}.',
  // the main supervisor's checkpoints and handovers (EDU-8)
  NOT_MAIN_SUPERVISOR: "Checkpoints and handovers are recorded by the BT doctor's main supervisor or by a director of studies.",
  CHECKPOINT_WITHOUT_PLACEMENTS: 'The BT doctor has no placements yet; the checkpoints follow the plan.',
  CHECKPOINT_PLACEMENT_REQUIRED: "Checkpoint B is about a placement: choose one of the BT doctor's placements.",
  CHECKPOINT_PLACEMENT_NOT_ALLOWED: 'Checkpoint %{kind} is about the whole BT, not a placement.',
  CHECKPOINT_IN_FUTURE: 'A checkpoint is recorded once it has been held, at the latest today (%{today}).',
  CHECKPOINT_ITEM_UNKNOWN: 'The item is not on the checklist of checkpoint %{kind}.',
  CHECKPOINT_ALREADY_RECORDED: 'The checkpoint is already recorded and cannot be changed. Record a correction that refers to the recorded checkpoint.',
  CHECKPOINT_CORRECTION_STALE: "A correction must refer to the checkpoint's latest record. Reload the page.",
  HANDOVER_PLACEMENTS_NOT_CONSECUTIVE: 'A handover is about a change of placement: choose two placements of the same BT doctor, the second after the first.',

  // access before and during BT (ACC-1–ACC-3)
  ACCESS_WITHIN_DAYS_OUT_OF_RANGE: 'Give how many days ahead the list covers: 0–%{max}.',
  ACCESS_TASK_ALREADY_DONE: 'The task is already ticked (%{doneOn}).',
  ACCESS_TASK_NOT_NEEDED: 'The plan no longer needs the task: the unit or placement is no longer in the plan.',
  ACCESS_TASK_DONE_IN_FUTURE: 'A task is ticked once it is done, at the latest today (%{today}).',

  // absence, the service ledger and sick leave (ABS-1…ABS-12)
  IMPORT_PERSON_UNKNOWN: 'No trainee has the personal identity number %{value}; check the number or add the employment first.',
  ABSENCE_KIND_UNKNOWN: 'The kind "%{value}" is not recognised; give semester, sjuk, vab, föräldraledig, tjänstledig, forskning, kurs or jourkomp.',
  ABSENCE_DATE_INVALID: 'The date "%{value}" should be written YYYY-MM-DD.',
  ABSENCE_STATUS_UNKNOWN: 'The status "%{value}" is not recognised; give beviljad (approved) or sökt (applied).',
  EXTRA_HOURS_MONTH_REPEATED: 'The same person and month are already on line %{first}; give one figure per person and month.',
  ABSENCE_PERCENT_OUT_OF_RANGE: 'Give the extent as a whole percentage of full time, 1–100.',
  ABSENCE_DATES_REVERSED: 'The last day cannot be before the first day.',
  ABSENCE_OUTSIDE_EMPLOYMENT: 'The absence must lie within the employment, %{employmentStart}–%{employmentEnd}.',
  ABSENCE_OVERLAPS: 'On %{date}, %{taken} % of full time is already applied for or approved absence; change the dates or the extent.',
  PARENTAL_LEAVE_SHORT_NOTICE:
    'Parental leave should be applied for at least %{months} months before it starts; applied %{appliedOn}, starting %{startDate}. The employer decides under the Parental Leave Act.',
  LEAVE_OF_ABSENCE_NOT_GRANTED_GENERALLY: 'Leave of absence is generally not granted during BT; only the AT/BT director can grant it, with a reason.',
  DIRECTOR_APPROVAL_UNPAID: 'Granted only individually by the AT/BT director, and then as unpaid leave of absence.',
  ABSENCE_NOT_APPLIED: 'The application has already been decided or withdrawn; reload the page.',
  ABSENCE_REASON_REQUIRED: 'Write the reason for the decision.',
  EXTERNAL_COURSE_RISKS_EXTENSION: 'The service time does not fit within the employment (%{days} days missing); an external course must not risk an extension.',
  ABSENCE_PROJECTION_NOT_CONFIRMED:
    'See the effect on the service time before approving: 12 months are reached on %{twelveMonthsReachedOn} (%{daysLater} days later); the employment ends %{employmentEnd}.',
  ABSENCE_NOT_WITHDRAWABLE: 'Only an application, or approved leave that has not started, can be withdrawn.',
  NOT_OWN_ABSENCE: 'You can only apply for leave for yourself; HR or admin support can register it for a BT doctor.',
  ABSENCE_DIRECTOR_DECIDES: 'Leave of absence, research leave and external courses are granted only individually by the (deputy) AT/BT director.',
  ABSENCE_REGISTERED_BY_PAYROLL: 'The unit is in private primary care (vårdval): the head of unit reports the decision and HR/payroll registers it.',
  NOT_HEAD_OF_CURRENT_UNIT: 'Leave is approved by the head of the unit where the BT doctor is placed.',
  NOT_JUDGE_OF_PLACEMENT: "The absence during a placement is judged by the unit's head or the placement's clinical supervisor.",
  HEALTH_DATA_NOT_IN_SCOPE: 'Sick leave is health data: only the AT/BT director, HR and the head of the current unit see it.',
  REHABILITATION_PARTICIPANTS_REQUIRED:
    'Name who takes part in the rehabilitation plan (2–%{max}), e.g. HR, the AT/BT director, the clinic management, supervisors and the BT doctor.',
  // working time: extra hours, flexitime and on-call compensation (ABS-5, ABS-6, ABS-7)
  EXTRA_HOURS_MONTH_INVALID: 'Give the month as year and month, e.g. 2026-09.',
  EXTRA_HOURS_OUTSIDE_EMPLOYMENT: 'The month is outside the employment (%{employmentStart}–%{employmentEnd}). Give a month during BT.',
  EXTRA_HOURS_INVALID: "Give the hours as 0 or more in quarter hours (e.g. 12.25), at most the month's hours.",
  YEAR_INVALID: 'Give a year between 2000 and 2100.',
  QUARTER_INVALID: 'Give the quarter as 1, 2, 3 or 4.',
  EXTRA_HOURS_QUARTER_NOT_ENDED: 'Quarter %{quarter} of %{year} has not ended yet. Reconcile the quarter once it has ended.',
  EXTRA_HOURS_PLAN_TEXT_INVALID: 'Describe the plan made with the BT doctor (at most %{max} characters).',
  EXTRA_HOURS_PLAN_IN_FUTURE: 'Give the day the plan was made with the BT doctor; it cannot be after today (%{today}).',
  COMPENSATION_HOURS_INVALID: 'Give the hours in quarter hours (e.g. 7.75), at most %{max}.',
  ON_CALL_SPLIT_INVALID: 'Give the paid share as a whole percentage, 0–100 (e.g. 30).',
  AVERAGE_WEEK_OVER_48:
    'Over four months, 40 hours a week plus the extra hours average more than 48 hours a week, the most the Working Hours Act allows. Plan leave or fewer extra shifts.',
  DAILY_REST_UNDER_11: 'The rest between two shifts is shorter than the 11 hours of daily rest the Working Hours Act requires.',
  PAYOUT_PERIOD_REVERSED: 'The period starts (%{endingFrom}) after it ends (%{endingTo}). Swap the dates.',
  ON_CALL_LEAVE_EXCEEDS_EARNED:
    'The on-call compensation leave taken would be %{takenHours} hours, but only %{leaveHours} hours have been earned as leave. Check the leave taken.',
  TERM_INVALID: 'Give the term as VT or HT and the year, e.g. HT2026.',
  MEETING_DATE_INVALID: 'Give the day of the workplace meeting as YYYY-MM-DD.',
  MEETING_TIME_INVALID: 'Give the start time as HH:MM, e.g. 13:00.',
  MEETING_TRAINEE_NOT_OF_SITE: "The BT doctor belongs to another site; record the attendance at that site's workplace meeting.",
  MEETING_NOT_HELD_YET: 'The meeting is held on %{date}; record the attendance once it has been held.',
  ATTENDANCE_REASON_REQUIRED: 'Give the reason the BT doctor was not at the workplace meeting.',
  EVALUATION_ALREADY_SUBMITTED: 'The evaluation has already been submitted and cannot be changed or submitted again.',
  EVALUATION_ANSWER_MISSING: 'Answer every question before you submit the evaluation.',
  EVALUATION_SCORE_INVALID: 'Give the answer as a number from 1 to 5.',
  EXIT_CONVERSATION_DATE_INVALID: 'Give the day of the exit conversation as YYYY-MM-DD.',
  EXIT_CONVERSATION_HELD_IN_FUTURE: 'The exit conversation cannot be recorded as held before its day (%{heldOn}); book it instead.',
  EXIT_CONVERSATION_EVALUATION_MISSING:
    'The BT doctor has not submitted the evaluation of BT. Ask the BT doctor to answer and submit it first, then record the exit conversation as held.',
  EXIT_CONVERSATION_ALREADY_HELD: 'The exit conversation is already recorded as held and cannot be changed.',
};
