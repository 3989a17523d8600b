// Registers <mnh-hub>.
import { define } from '../../internal/define.js';
import { MnhHub } from './hub.js';

define('mnh-hub', MnhHub);

declare global {
  interface HTMLElementTagNameMap {
    'mnh-hub': MnhHub;
  }
}
