import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

interface InputProps {
  value: string;
  onChange: (value: string) => void;
  /** The server's message at the input when a refusal names it (useGraphQLAction's fieldError). */
  error: object;
}

/** EDU-8: the day a checkpoint or handover was held: at the latest today (the server refuses a later one). */
export function HeldOnInput({ label, today, value, onChange, error }: InputProps & { label: string; today?: string }) {
  return (
    <TextField
      type="date"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
      {...error}
    />
  );
}

/** EDU-8: the note of a checkpoint or handover held. */
export function NoteInput({ value, onChange, error }: InputProps) {
  const translate = useTranslate();
  return <TextField label={translate('checkpoints.note')} value={value} onChange={(event) => onChange(event.target.value)} multiline minRows={2} {...error} />;
}
