// Registers <mnh-expert-finder>.
import { define } from '../../internal/define.js';
import { MnhExpertFinder } from './expert-finder.js';

define('mnh-expert-finder', MnhExpertFinder);

declare global {
  interface HTMLElementTagNameMap {
    'mnh-expert-finder': MnhExpertFinder;
  }
}
