// Registers <mnh-resource-list>.
import { define } from '../../internal/define.js';
import { MnhResourceList } from './resource-list.js';

define('mnh-resource-list', MnhResourceList);

declare global {
  interface HTMLElementTagNameMap {
    'mnh-resource-list': MnhResourceList;
  }
}
