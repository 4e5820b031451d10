import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** The person's roles as translated chips. */
export function RolesField(_props: { label?: string; source?: string }) {
  const record = useRecordContext<{ roles?: string[] }>();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {(record?.roles ?? []).map((role) => (
        <Chip key={role} size="small" label={translate(`roles.${role}`, { _: role })} />
      ))}
    </Stack>
  );
}
