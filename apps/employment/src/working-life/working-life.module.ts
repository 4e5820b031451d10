import type { SubgraphModule } from '@bt/subgraph';
import { WorkplaceMeeting } from './workplace-meeting.entity';
import { MeetingAttendance } from './meeting-attendance.entity';
import { ExitConversation } from './exit-conversation.entity';
import { BtEvaluation } from './bt-evaluation.entity';
import { MeetingAttendanceResolver, WorkplaceMeetingResolver, WorkplaceMeetingTermResolver } from './workplace-meeting.resolver';
import { ExitConversationResolver, TraineeWorkingLifeResolver } from './exit-conversation.resolver';
import { BtEvaluationResolver } from './bt-evaluation.resolver';
import { WorkingLife1769300000000 } from './migrations/1769300000000-working-life';

/** Issue 12 part 7, EMP-5, EMP-6: workplace meetings with attendance, the exit conversation and the trainee's evaluation of BT. */
export const workingLifeModule: SubgraphModule = {
  resolvers: [
    WorkplaceMeetingTermResolver,
    WorkplaceMeetingResolver,
    MeetingAttendanceResolver,
    ExitConversationResolver,
    TraineeWorkingLifeResolver,
    BtEvaluationResolver,
  ],
  entities: [WorkplaceMeeting, MeetingAttendance, ExitConversation, BtEvaluation],
  migrations: [WorkingLife1769300000000],
};
