// Registers <mnh-provider>.
import { define } from '../../internal/define.js';
import { MnhProvider } from './provider.js';

define('mnh-provider', MnhProvider);

declare global {
  interface HTMLElementTagNameMap {
    'mnh-provider': MnhProvider;
  }
}
