// @mnh/widgets: the hub's custom element classes, without defining any tag (see ./define modules).
export { MnhProvider } from './components/provider/provider.js';
export { MnhPracticeList } from './components/practice-list/practice-list.js';
export type { PracticeSelectDetail, PracticeSelectEvent } from './components/practice-list/practice-list.js';
export { MnhPracticeDetail } from './components/practice-detail/practice-detail.js';
export { MnhResourceList } from './components/resource-list/resource-list.js';
export type { ResourceSelectDetail, ResourceSelectEvent } from './components/resource-list/resource-list.js';
export { MnhExpertFinder } from './components/expert-finder/expert-finder.js';
export type { ExpertSelectDetail, ExpertSelectEvent } from './components/expert-finder/expert-finder.js';
export { MnhSignIn } from './components/sign-in/sign-in.js';
export type { SignedInDetail, SignedInEvent } from './components/sign-in/sign-in.js';
export { MnhPracticeForm } from './components/practice-form/practice-form.js';
export type { SubmissionDetail } from './components/practice-form/practice-form.js';
export { MnhReviewPanel } from './components/review-panel/review-panel.js';
export type {
  ReviewSentDetail,
  ReviewSentEvent,
  ReviewerAssignedDetail,
  ReviewerAssignedEvent,
} from './components/review-panel/review-panel.js';
export { MnhDiscussionThread } from './components/discussion-thread/discussion-thread.js';
export type { CommentPostedDetail, CommentPostedEvent } from './components/discussion-thread/discussion-thread.js';
export { MnhDiscussionList } from './components/discussion-list/discussion-list.js';
export type { DiscussionSelectDetail, DiscussionSelectEvent } from './components/discussion-list/discussion-list.js';
export { MnhHubStats } from './components/hub-stats/hub-stats.js';
export type { HubStats } from './components/hub-stats/hub-stats.js';
export { MnhHub } from './components/hub/hub.js';
export { MnhSupportRequest } from './components/support-request/support-request.js';
export type { SupportRequestedDetail, SupportRequestedEvent } from './components/support-request/support-request.js';
export { MnhSupportDesk } from './components/support-desk/support-desk.js';
export type { SupportMovedDetail, SupportMovedEvent } from './components/support-desk/support-desk.js';
export { HubElement } from './internal/hub-element.js';
export { define } from './internal/define.js';
export type { HubContext } from './internal/context.js';
