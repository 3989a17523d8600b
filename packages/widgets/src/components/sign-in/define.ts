// Registers <mnh-sign-in>.
import { define } from '../../internal/define.js';
import { MnhSignIn } from './sign-in.js';

define('mnh-sign-in', MnhSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'mnh-sign-in': MnhSignIn;
  }
}
