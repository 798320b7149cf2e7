import type { Status } from '../signals/statuses';

/** Kept apart from the schemas so the badge panel can show a status without carrying zod. */
export const STATUS_LABEL: Record<Status, string> = {
  considering: 'Considering',
  contacted: 'Contacted',
  'sample-ordered': 'Sample ordered',
  approved: 'Approved',
  rejected: 'Rejected',
};
