import { useState } from 'react';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { useGraphQLAction } from '../data/use-graphql-action';
import { useToday } from '../data/use-today';
import { addDays } from '../common/iso-date';
import { useIsoDateText } from '../common/iso-date-field';
import { ConsequenceDialog } from '../common/consequence-dialog';
import { useNoticeText } from '../common/use-notice-text';
import type { Notice } from '../data/graphql-error';
import { NOTICE_FIELDS } from '../data/resources';
import { reachesSite, type Permissions } from '../permissions';
import type { RankedRow, SiteSection } from './ranking-sections';

const OFFER_TOP_OF_EACH_SITE = `mutation ($roundId: ID!, $answerBy: Date!) { offerTopOfEachSite(roundId: $roundId, answerBy: $answerBy) {
  offered { id application { id name } site { name } }
  notOffered { application { id name } site { name } reasons { ${NOTICE_FIELDS} } } } }`;

interface TopOffers {
  offered: { id: string; application: { id: string; name: string }; site: { name: string } }[];
  notOffered: { application: { id: string; name: string }; site: { name: string }; reasons: Notice[] }[];
}

/**
 * REC-2, REC-7: offers the places above each site's cut line in one go (to those without an offer, at the
 * sites the user makes offers for), after a confirmation listing the names per site; then says who was
 * offered and who was not, and why (e.g. no criminal-records extract shown).
 */
export function TopOffersAction({ roundId, sections, onDone }: { roundId: string; sections: SiteSection<RankedRow>[]; onDone: () => void }) {
  const translate = useTranslate();
  const date = useIsoDateText();
  const say = useNoticeText();
  const today = useToday();
  const { permissions } = usePermissions<Permissions>();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<TopOffers>();
  const { run, busy } = useGraphQLAction();
  const answerBy = today ? addDays(today, 7) : '';
  const perSite = sections
    .filter((section) => reachesSite(permissions, 'MAKE_OFFER', section.site.id))
    .map((section) => ({
      site: section.site.name,
      names: section.rows.filter((row) => row.withinPositions && !row.application.offer).map((row) => row.application.name),
    }))
    .filter((site) => site.names.length > 0);
  return (
    <Stack spacing={1} data-top-offers>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Button variant="outlined" disabled={busy || perSite.length === 0 || !answerBy} onClick={() => setConfirming(true)}>
          {translate('recruitment.offer_top')}
        </Button>
        {perSite.length === 0 && <Typography variant="body2">{translate('recruitment.offer_top_none')}</Typography>}
      </Stack>
      {result && (
        <Alert severity={result.notOffered.length > 0 ? 'warning' : 'success'} data-top-offers-result>
          {result.offered.length > 0 && (
            <Typography>
              {translate('recruitment.offer_top_offered', {
                names: result.offered.map((offer) => `${offer.application.name} (${offer.site.name})`).join(', '),
              })}
            </Typography>
          )}
          {result.notOffered.map((notMade) => (
            <Typography key={notMade.application.id}>
              {translate('recruitment.offer_top_not_offered', {
                name: notMade.application.name,
                site: notMade.site.name,
                reasons: notMade.reasons.map(say).join(' '),
              })}
            </Typography>
          ))}
        </Alert>
      )}
      <ConsequenceDialog
        open={confirming}
        title={translate('recruitment.offer_top_title')}
        consequences={[
          ...perSite.map((site) => translate('recruitment.offer_top_site', { site: site.site, names: site.names.join(', ') })),
          translate('recruitment.offer_top_answer_by', { answerBy: date(answerBy) }),
        ]}
        confirmLabel={translate('recruitment.offer_top')}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          run<{ offerTopOfEachSite: TopOffers }>(OFFER_TOP_OF_EACH_SITE, { roundId, answerBy }, ({ offerTopOfEachSite }) => {
            setResult(offerTopOfEachSite);
            onDone();
          });
        }}
      />
    </Stack>
  );
}
