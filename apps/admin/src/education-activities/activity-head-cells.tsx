import { TableCell } from '@mui/material';
import { useTranslate } from 'react-admin';

/** EDU-4, EDU-6: the columns every list of education activities starts with (the activities page, the trainee's plan). */
export function ActivityHeadCells() {
  const translate = useTranslate();
  return (
    <>
      <TableCell>{translate('activities.date')}</TableCell>
      <TableCell>{translate('activities.time')}</TableCell>
      <TableCell>{translate('activities.kind')}</TableCell>
      <TableCell>{translate('activities.activity_title')}</TableCell>
      <TableCell>{translate('activities.location')}</TableCell>
      <TableCell>{translate('activities.audience')}</TableCell>
    </>
  );
}
