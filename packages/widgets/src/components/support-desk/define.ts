// Registers <mnh-support-desk>.
import { define } from '../../internal/define.js';
import { MnhSupportDesk } from './support-desk.js';

define('mnh-support-desk', MnhSupportDesk);

declare global {
  interface HTMLElementTagNameMap {
    'mnh-support-desk': MnhSupportDesk;
  }
}
