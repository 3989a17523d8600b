// Registers <mnh-hub-stats>.
import { define } from '../../internal/define.js';
import { MnhHubStats } from './hub-stats.js';

define('mnh-hub-stats', MnhHubStats);

declare global {
  interface HTMLElementTagNameMap {
    'mnh-hub-stats': MnhHubStats;
  }
}
