// Registers <mnh-review-panel>, and <mnh-sign-in>, which it offers to anyone not signed in.
import { define } from '../../internal/define.js';
import { MnhSignIn } from '../sign-in/sign-in.js';
import { MnhReviewPanel } from './review-panel.js';

// The class, not sign-in's define module: bundlers reading `sideEffects` from source would drop that import.
define('mnh-sign-in', MnhSignIn);
define('mnh-review-panel', MnhReviewPanel);

declare global {
  interface HTMLElementTagNameMap {
    'mnh-review-panel': MnhReviewPanel;
  }
}
