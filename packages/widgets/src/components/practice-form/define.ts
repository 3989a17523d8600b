// Registers <mnh-practice-form>.
import { define } from '../../internal/define.js';
import { MnhPracticeForm } from './practice-form.js';

define('mnh-practice-form', MnhPracticeForm);

declare global {
  interface HTMLElementTagNameMap {
    'mnh-practice-form': MnhPracticeForm;
  }
}
