// Registers <mnh-practice-list>; the <mnh-practice-detail> it opens registers itself when first needed.
import { define } from '../../internal/define.js';
import { MnhPracticeList } from './practice-list.js';

define('mnh-practice-list', MnhPracticeList);

declare global {
  interface HTMLElementTagNameMap {
    'mnh-practice-list': MnhPracticeList;
  }
}
