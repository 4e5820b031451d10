import { Role } from '@bt/auth';
import { addDays, termOf, type IsoDate } from '@bt/domain';
import type { BtEvaluation, ExitConversation, MeetingAttendance, Person, Site, Trainee, WorkplaceMeeting } from '@bt/employment';
import type { Random } from './random';

export interface WorkingLifeData {
  workplaceMeetings: WorkplaceMeeting[];
  meetingAttendances: MeetingAttendance[];
  btEvaluations: BtEvaluation[];
  exitConversations: ExitConversation[];
}

/** EMP-5: the demo's meeting days per term (month-day), two a term; the smaller site has only one planned for the autumn of 2026, which the term list warns about. */
const MEETING_DAYS = { VT: ['03-12', '05-21'], HT: ['09-17', '11-19'] };
const MEETING_TITLES = ['APT: arbetsmiljö och schema', 'APT: verksamhetsinformation och jourfrågor'];
const ABSENCE_REASONS = ['Jour natten innan', 'Semester', 'Extern kurs', 'Sjuk'];
const FREE_TEXTS = [
  'Bra introduktion, men svårt att hinna med undervisningen under akutplaceringen.',
  'Handledningen på vårdcentralen var mycket bra.',
  'Önskar tydligare schema för placeringarna i början av BT.',
  'Lagom arbetsbelastning och bra stöd från studierektorn.',
];

/**
 * EMP-5, EMP-6 demo data: two workplace meetings per site and term from VT2025 to HT2026 (one for the
 * smaller site in HT2026), attendance for the trainees of the site employed on each day held by `asOf`
 * (now and then absent with a reason); for the trainees whose BT has ended the evaluation of BT, submitted
 * by all but the last of each cohort (whose draft is half done), and the exit conversation: held for
 * those who submitted, booked for the other.
 */
export function seedWorkingLife(random: Random, people: Person[], sites: Site[], trainees: Trainee[], asOf: IsoDate): WorkingLifeData {
  const data: WorkingLifeData = { workplaceMeetings: [], meetingAttendances: [], btEvaluations: [], exitConversations: [] };
  const director = people.find((person) => person.roles.includes(Role.DIRECTOR))!;
  const organiser = (siteId: string) => people.find((person) => person.roles.includes(Role.DEPUTY_DIRECTOR) && person.siteId === siteId) ?? director;
  const traineesPerSite = new Map<string, number>();
  for (const trainee of trainees) traineesPerSite.set(trainee.siteId, (traineesPerSite.get(trainee.siteId) ?? 0) + 1);
  const smallest = [...sites].sort((a, b) => (traineesPerSite.get(a.id) ?? 0) - (traineesPerSite.get(b.id) ?? 0))[0];
  for (const site of sites) {
    const ofSite = trainees.filter((trainee) => trainee.siteId === site.id);
    for (const year of [2025, 2026]) {
      for (const half of ['VT', 'HT'] as const) {
        const days = site.id === smallest.id && year === 2026 && half === 'HT' ? MEETING_DAYS.HT.slice(0, 1) : MEETING_DAYS[half];
        days.forEach((day, index) => {
          const date = `${year}-${day}`;
          const meeting = {
            id: random.uuid(),
            siteId: site.id,
            term: termOf(date).code,
            date,
            startTime: '13:00',
            title: MEETING_TITLES[index],
            agenda: 'Gemensam med AT-läkarna. 1. Information från AT/BT-chefen 2. Arbetsmiljö 3. Övriga frågor',
            plannedById: organiser(site.id).id,
            plannedAt: new Date(`${addDays(date, -60)}T09:00:00Z`),
          } as WorkplaceMeeting;
          data.workplaceMeetings.push(meeting);
          if (date > asOf) return;
          for (const trainee of ofSite) {
            if (trainee.employmentStart > date || trainee.employmentEnd < date) continue;
            const present = random.int(1, 5) > 1;
            data.meetingAttendances.push({
              id: random.uuid(),
              meetingId: meeting.id,
              traineeId: trainee.id,
              present,
              reason: present ? null : random.pick(ABSENCE_REASONS),
              recordedById: meeting.plannedById,
              recordedAt: new Date(`${addDays(date, 1)}T09:00:00Z`),
            });
          }
        });
      }
    }
  }
  const ended = trainees.filter((trainee) => trainee.employmentEnd < asOf);
  const lastOfCohort = new Map(ended.map((trainee) => [trainee.cohortId, trainee]));
  for (const trainee of ended) {
    const submitted = lastOfCohort.get(trainee.cohortId) !== trainee;
    const score = () => random.int(2, 5);
    const answeredOn = new Date(`${addDays(trainee.employmentEnd, -14)}T10:00:00Z`);
    data.btEvaluations.push({
      traineeId: trainee.id,
      cohortId: trainee.cohortId,
      version: 1,
      introduction: score(),
      supervision: score(),
      placements: score(),
      teaching: submitted ? score() : null,
      workload: submitted ? score() : null,
      overall: submitted ? score() : null,
      freeText: submitted ? random.pick(FREE_TEXTS) : null,
      updatedAt: answeredOn,
      submittedAt: submitted ? answeredOn : null,
    });
    const holder = organiser(trainee.siteId);
    const conversationDay = addDays(trainee.employmentEnd, -7);
    data.exitConversations.push({
      traineeId: trainee.id,
      version: 1,
      bookedFor: conversationDay,
      bookedById: holder.id,
      heldOn: submitted ? conversationDay : null,
      heldById: submitted ? holder.id : null,
      heldRecordedAt: submitted ? new Date(`${conversationDay}T15:00:00Z`) : null,
      notes: submitted ? 'BT sammanfattad och utvärderad; intyg om fullgjord BT undertecknat.' : null,
    });
  }
  return data;
}
