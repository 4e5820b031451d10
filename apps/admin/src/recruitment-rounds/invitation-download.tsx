import { Button } from '@mui/material';
import EventIcon from '@mui/icons-material/Event';
import { useNotify, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { APPLICANT_INTERVIEW_CALENDAR, downloadCalendar } from './round-operations';

/** REC-6: the applicant's invitation as a calendar file (.ics). */
export function InvitationDownload({ application }: { application: { id: string; name: string } }) {
  const translate = useTranslate();
  const notify = useNotify();
  const graphql = useGraphQL();
  const download = async () => {
    try {
      const { applicantInterviewCalendar } = await graphql<{ applicantInterviewCalendar: string }>(APPLICANT_INTERVIEW_CALENDAR, {
        applicationId: application.id,
      });
      downloadCalendar(`kallelse-${application.name}`, applicantInterviewCalendar);
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
    }
  };
  return (
    <Button
      size="small"
      startIcon={<EventIcon />}
      onClick={download}
      aria-label={translate('recruitment.download_invitation_of', { name: application.name })}
      sx={{ whiteSpace: 'nowrap' }}
      data-download-invitation
    >
      {translate('recruitment.download_invitation')}
    </Button>
  );
}
