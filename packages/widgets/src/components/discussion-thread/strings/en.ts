// <mnh-discussion-thread>'s interface text in English: the table every other language follows, built in as the fallback.
import type { PluralForms } from '../../../internal/locale.js';

export interface DiscussionThreadStrings {
  noDiscussion: string;
  moderators: string;
  audience: string;
  dates: string;
  summaryReport: string;
  question: string;
  noComments: string;
  answer: string;
  reply: string;
  edit: string;
  remove: string;
  flag: string;
  approve: string;
  hide: string;
  restore: string;
  lock: string;
  unlock: string;
  edited: string;
  pending: string;
  hidden: string;
  tombstone: string;
  flags: PluralForms;
  yourComment: string;
  yourReply: string;
  hint: string;
  post: string;
  save: string;
  cancel: string;
  flagReason: string;
  sendFlag: string;
  confirmRemove: string;
  signInToPost: string;
  closed: string;
  upcoming: string;
  locked: string;
  showMore: PluralForms;
  showReplies: PluralForms;
  newComments: PluralForms;
  posted: string;
  awaiting: string;
  saved: string;
  removed: string;
  flagged: string;
  moderated: string;
  empty: string;
  tooLong: string;
  wait: string;
}

const en: DiscussionThreadStrings = {
  noDiscussion: 'Set the discussion attribute (or the space attribute) to the discussion to show.',
  moderators: 'Moderators',
  audience: 'Audience',
  dates: 'Open from {from} to {to}',
  summaryReport: 'Summary report',
  question: 'Question {n}',
  noComments: 'No comments yet.',
  answer: 'Answer question {n}',
  reply: 'Reply',
  edit: 'Edit',
  remove: 'Delete',
  flag: 'Report',
  approve: 'Approve',
  hide: 'Hide',
  restore: 'Restore',
  lock: 'Lock the discussion',
  unlock: 'Unlock the discussion',
  edited: 'edited',
  pending: 'Awaiting moderation',
  hidden: 'Hidden by a moderator',
  tombstone: 'This comment was removed.',
  flags: { one: '{n} report', other: '{n} reports' },
  yourComment: 'Your comment',
  yourReply: 'Your reply to {name}',
  hint: 'Simple formatting: *emphasis*, **bold**, lists, > quotes and links. Up to 4,000 characters.',
  post: 'Post',
  save: 'Save',
  cancel: 'Cancel',
  flagReason: 'Why should a moderator look at this comment?',
  sendFlag: 'Send the report',
  confirmRemove: 'Delete this comment? This cannot be undone.',
  signInToPost: 'Sign in to take part in the discussion.',
  closed: 'This space is closed: you can read the discussion, but no longer post.',
  upcoming: 'This space opens on {date}.',
  locked: 'This discussion is locked: no new comments can be posted.',
  showMore: { one: 'Show {n} more comment', other: 'Show {n} more comments' },
  showReplies: { one: 'Show {n} reply', other: 'Show {n} replies' },
  newComments: { one: '{n} new comment', other: '{n} new comments' },
  posted: 'Your comment is posted.',
  awaiting: 'Thank you: your comment will appear once a moderator approves it.',
  saved: 'Your changes are saved.',
  removed: 'The comment is deleted.',
  flagged: 'Thank you: a moderator will look at this comment.',
  moderated: 'Done.',
  empty: 'Write something first.',
  tooLong: 'A comment can be up to 4,000 characters.',
  wait: 'Too many comments in a short time: try again in {s} seconds.',
};

export default en;
