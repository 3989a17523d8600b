// Registers <mnh-practice-detail>.
import { define } from '../../internal/define.js';
import { MnhPracticeDetail } from './practice-detail.js';

define('mnh-practice-detail', MnhPracticeDetail);

declare global {
  interface HTMLElementTagNameMap {
    'mnh-practice-detail': MnhPracticeDetail;
  }
}
