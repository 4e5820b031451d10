import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField as MuiTextField } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useGraphQLAction } from '../data/use-graphql-action';
import { PLAN_WORKPLACE_MEETING } from './working-life-operations';

/** EMP-5: plan a workplace meeting on one of `sites`; a refusal shows at its input and what was typed stays. */
export function PlanMeetingDialog({ sites, onClose, onPlanned }: { sites: { id: string; name: string }[]; onClose: () => void; onPlanned: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const { run, busy, fieldError, refusal } = useGraphQLAction({ showsRefusal: true });
  const [siteId, setSiteId] = useState(sites[0]?.id ?? '');
  const [date, setDate] = useState('');
  const [startTime, setStartTime] = useState('13:00');
  const [title, setTitle] = useState('');
  const [agenda, setAgenda] = useState('');
  const plan = () =>
    run(PLAN_WORKPLACE_MEETING, { input: { siteId, date, startTime, title, agenda: agenda || null } }, () => {
      notify('workingLife.planned', { type: 'success' });
      onPlanned();
    });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('workingLife.plan_title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <MuiTextField
            select
            size="small"
            label={translate('workingLife.site')}
            value={siteId}
            onChange={(e) => setSiteId(e.target.value)}
            {...fieldError('siteId')}
          >
            {sites.map((site) => (
              <MenuItem key={site.id} value={site.id}>
                {site.name}
              </MenuItem>
            ))}
          </MuiTextField>
          <Stack direction="row" spacing={2}>
            <MuiTextField
              size="small"
              type="date"
              label={translate('workingLife.date')}
              value={date}
              onChange={(e) => setDate(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ flex: 1 }}
              {...fieldError('date')}
            />
            <MuiTextField
              size="small"
              type="time"
              label={translate('workingLife.time')}
              value={startTime}
              onChange={(e) => setStartTime(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ flex: 1 }}
              {...fieldError('startTime')}
            />
          </Stack>
          <MuiTextField
            size="small"
            label={translate('workingLife.meeting_title')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            {...fieldError('title')}
          />
          <MuiTextField
            size="small"
            multiline
            minRows={3}
            label={translate('workingLife.agenda')}
            value={agenda}
            onChange={(e) => setAgenda(e.target.value)}
            {...fieldError('agenda')}
          />
          {refusal && (
            <div role="alert" style={{ color: '#d32f2f' }}>
              {refusal}
            </div>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={busy || !siteId || !date || !startTime || !title.trim()} onClick={plan}>
          {translate('workingLife.plan')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
