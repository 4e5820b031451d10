/** The foundation issue's query: every cohort with its trainees (up to 60 each: scale 10) and data from all three subgraphs. */
export const COHORTS_QUERY = /* GraphQL */ `
  {
    cohorts {
      id
      name
      site {
        name
      }
      trainees(first: 60) {
        id
        name
        placements {
          unit {
            name
          }
          startDate
          endDate
        }
        goalProgress {
          goal {
            code
          }
          level
        }
        certificates {
          kind
          status
        }
      }
    }
  }
`;

export interface CohortsResult {
  cohorts: {
    id: string;
    name: string;
    site: { name: string };
    trainees: {
      id: string;
      name: string;
      placements: { unit: { name: string }; startDate: string; endDate: string }[];
      goalProgress: { goal: { code: string }; level: number }[];
      certificates: { kind: string; status: string }[];
    }[];
  }[];
}
