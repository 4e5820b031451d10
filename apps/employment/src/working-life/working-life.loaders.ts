import type { DataSource } from 'typeorm';
import { loadManyBy, loadOneBy, perRequest } from '@bt/subgraph';
import { MeetingAttendance } from './meeting-attendance.entity';
import { ExitConversation } from './exit-conversation.entity';
import { BtEvaluation } from './bt-evaluation.entity';
import type { EmploymentContext } from '../employment.context';

function createWorkingLifeLoaders(dataSource: DataSource) {
  return {
    attendanceByMeeting: loadManyBy(dataSource, MeetingAttendance, 'meetingId'),
    exitConversationByTrainee: loadOneBy(dataSource, ExitConversation, 'traineeId'),
    /** Only whether and when it was submitted: the answers are read by the trainee alone. */
    evaluationStatusByTrainee: loadOneBy(dataSource, BtEvaluation, 'traineeId', { traineeId: true, submittedAt: true }),
  };
}

/** EMP-5, EMP-6: working life's DataLoaders for the request `ctx` belongs to. */
export const workingLifeLoaders = perRequest((ctx: EmploymentContext) => createWorkingLifeLoaders(ctx.dataSource));
