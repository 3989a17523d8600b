// Registers <mnh-support-request>.
import { define } from '../../internal/define.js';
import { MnhSupportRequest } from './support-request.js';

define('mnh-support-request', MnhSupportRequest);

declare global {
  interface HTMLElementTagNameMap {
    'mnh-support-request': MnhSupportRequest;
  }
}
