import { concern } from '../rule';
import type { SupplierRule } from '../rule';

/** Points before weighting; a danger lifts the risk to "high" on its own (see score). */
export const PROFILE_CHANGE_POINTS = { warning: 20, danger: 30 } as const;

const id = 'profile-changed';

// A storefront's years only grow, and its name and audit badges rarely
// change: when a shortlisted supplier's page shows otherwise than at the
// buyer's earlier visit, the account may have changed hands or the profile
// may have been dressed up. The shortlist's history finds the changes.
export const profileChanged: SupplierRule<'profile-changed'> = {
  id,
  appliesTo: 'supplier',
  evaluate(_supplier, _settings, context) {
    return context.changes.map((change) =>
      concern(
        id,
        change.severity,
        PROFILE_CHANGE_POINTS[change.severity],
        change.message,
        `${change.before} → ${change.after}`,
      ),
    );
  },
};
