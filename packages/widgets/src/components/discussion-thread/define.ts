// Registers <mnh-discussion-thread>; the <mnh-sign-in> it offers to someone who wants to post registers itself when first needed.
import { define } from '../../internal/define.js';
import { MnhDiscussionThread } from './discussion-thread.js';

define('mnh-discussion-thread', MnhDiscussionThread);

declare global {
  interface HTMLElementTagNameMap {
    'mnh-discussion-thread': MnhDiscussionThread;
  }
}
