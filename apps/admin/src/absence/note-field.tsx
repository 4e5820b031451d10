import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A free-text note of a few lines under a dialog's choices, marked with the server's refusal when it names the note (`error`). */
export function NoteField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error: { error?: boolean; helperText?: string } }) {
  const translate = useTranslate();
  return <TextField label={translate('absence.note')} value={value} onChange={(event) => onChange(event.target.value)} multiline minRows={2} {...error} />;
}
