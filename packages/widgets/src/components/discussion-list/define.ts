// Registers <mnh-discussion-list>.
import { define } from '../../internal/define.js';
import { MnhDiscussionList } from './discussion-list.js';

define('mnh-discussion-list', MnhDiscussionList);

declare global {
  interface HTMLElementTagNameMap {
    'mnh-discussion-list': MnhDiscussionList;
  }
}
