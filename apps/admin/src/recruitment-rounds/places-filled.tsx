import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { placesBySite, type SitePlaces } from './round-places';
import { useRoundOffers } from './use-round-offers';

/** "Växjö 2 av 4" per site of the round (REC-2), with the offers still awaiting an answer; read again when `version` changes. */
export function PlacesFilled({
  round,
  version,
}: {
  round: { id: string; positions: { count: number; site: { id: string; name: string } }[] };
  version?: unknown;
}) {
  const translate = useTranslate();
  const applications = useRoundOffers(round.id, version);
  if (!applications) return null;
  return (
    <Stack spacing={0.5} data-places-filled>
      <Typography variant="subtitle2">{translate('recruitment.places_filled')}</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {placesBySite(round.positions, applications).map((place: SitePlaces) => (
          <Chip
            key={place.site.id}
            data-site={place.site.name}
            color={place.filled >= place.positions ? 'success' : 'default'}
            label={[
              translate('recruitment.filled_of', { site: place.site.name, filled: place.filled, positions: place.positions }),
              place.pending > 0 && translate('recruitment.pending_offers', { smart_count: place.pending }),
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        ))}
      </Stack>
    </Stack>
  );
}
