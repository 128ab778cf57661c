/** The small visible note that says where the text came from and why (issue 4, "Behaviour"). */
import type { ReaderErrorData } from '../types';

function why(reason: ReaderErrorData): string | undefined {
  if (
    reason.status &&
    (reason.kind === 'rest-disabled' || reason.kind === 'not-found' || reason.kind === 'server-error' || reason.kind === 'bad-response')
  ) {
    return `this site's REST API answered ${reason.status}`;
  }
  switch (reason.kind) {
    case 'rest-disabled':
      return "this site's REST API is closed to visitors";
    case 'not-found':
      return "this site's REST API does not have this post";
    case 'bad-response':
      return "this site's REST API did not send a post";
    case 'server-error':
      return "this site's REST API failed";
    case 'timeout':
      return "this site's REST API took too long to answer";
    case 'network':
      return "this site's REST API could not be reached";
    case 'not-wordpress':
      return 'this page is not a WordPress post';
    default:
      return undefined;
  }
}

export function extractionNote(reason?: ReaderErrorData): string {
  const because = reason ? why(reason) : undefined;
  return because ? `Extracted from the page — ${because}` : 'Extracted from the page';
}
