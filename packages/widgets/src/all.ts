// Defines every hub widget: the entry of the script-tag bundle. The provider first, so widgets inside it find it at once.
import './components/provider/define.js';
import './components/practice-list/define.js';
import './components/practice-detail/define.js';
import './components/resource-list/define.js';
import './components/expert-finder/define.js';
import './components/sign-in/define.js';
import './components/practice-form/define.js';
import './components/review-panel/define.js';
import './components/hub-stats/define.js';
import './components/hub/define.js';
import './components/discussion-thread/define.js';
import './components/discussion-list/define.js';
import './components/support-request/define.js';
import './components/support-desk/define.js';

export * from './index.js';
